package org.thirdspace.finder;

/** A search parameter that cannot be used; names the parameter. */
public class InvalidFinderParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidFinderParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
