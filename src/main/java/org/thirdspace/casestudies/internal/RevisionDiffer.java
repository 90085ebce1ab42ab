package org.thirdspace.casestudies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.thirdspace.casestudies.DiffSegment;

/**
 * Word-level differences of two texts with java-diff-utils: both are cut into words, runs of
 * white space and single punctuation marks, the token lists are diffed, and the result is given
 * as segments covering both texts (neighbouring segments of the same kind joined).
 */
public final class RevisionDiffer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_'’-]+|\\s+|.", Pattern.DOTALL);

    private RevisionDiffer() {
    }

    public static List<DiffSegment> diff(String oldText, String newText) {
        List<String> a = tokens(oldText == null ? "" : oldText);
        List<String> b = tokens(newText == null ? "" : newText);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffSegment> out = new ArrayList<>();
        int ia = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, DiffSegment.Op.EQUAL, String.join("", a.subList(ia, start)));
            add(out, DiffSegment.Op.DELETE, String.join("", delta.getSource().getLines()));
            add(out, DiffSegment.Op.INSERT, String.join("", delta.getTarget().getLines()));
            ia = start + delta.getSource().size();
        }
        add(out, DiffSegment.Op.EQUAL, String.join("", a.subList(ia, a.size())));
        return out;
    }

    public static boolean changed(List<DiffSegment> segments) {
        return segments.stream().anyMatch(s -> s.op() != DiffSegment.Op.EQUAL);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<DiffSegment> out, DiffSegment.Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast().op() == op) {
            DiffSegment last = out.removeLast();
            out.add(new DiffSegment(op, last.text() + text));
        } else {
            out.add(new DiffSegment(op, text));
        }
    }
}
