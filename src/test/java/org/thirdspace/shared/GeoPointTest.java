package org.thirdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void distanceBetweenTwoCitiesIsTheGreatCircleDistance() {
        var leeds = new GeoPoint(53.800, -1.549);
        var sheffield = new GeoPoint(53.381, -1.470);
        assertThat(leeds.distanceKm(sheffield)).isCloseTo(46.9, within(1.0));
        assertThat(sheffield.distanceKm(leeds)).isEqualTo(leeds.distanceKm(sheffield));
        assertThat(leeds.distanceKm(leeds)).isZero();
    }

    @Test
    void refusesCoordinatesOutsideTheGlobe() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
    }

    @Test
    void sectorsAndRegionsRoundTripThroughTheirCodes() {
        for (Sector sector : Sector.values()) {
            assertThat(Sector.fromCode(sector.code())).isEqualTo(sector);
        }
        for (Region region : Region.values()) {
            assertThat(Region.fromCode(region.code())).isEqualTo(region);
        }
        assertThat(Sector.UNIVERSITY.side()).isEqualTo(Sector.Side.UNIVERSITY);
        assertThatIllegalArgumentException().isThrownBy(() -> Region.fromCode("atlantis"));
    }
}
