package org.thirdspace.demo;

import java.util.List;

import org.thirdspace.shared.Region;

/** Towns by region, with approximate centres and postcode areas, for plausible demo locations. */
final class Places {

    record Town(String name, Region region, double latitude, double longitude, String postcodeArea) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("Newcastle upon Tyne", Region.NORTH_EAST, 54.978, -1.617, "NE"),
            new Town("Sunderland", Region.NORTH_EAST, 54.906, -1.381, "SR"),
            new Town("Durham", Region.NORTH_EAST, 54.776, -1.575, "DH"),
            new Town("Middlesbrough", Region.NORTH_EAST, 54.574, -1.235, "TS"),
            new Town("Hexham", Region.NORTH_EAST, 54.971, -2.101, "NE"),
            new Town("Manchester", Region.NORTH_WEST, 53.480, -2.242, "M"),
            new Town("Liverpool", Region.NORTH_WEST, 53.408, -2.991, "L"),
            new Town("Preston", Region.NORTH_WEST, 53.763, -2.703, "PR"),
            new Town("Lancaster", Region.NORTH_WEST, 54.047, -2.801, "LA"),
            new Town("Bolton", Region.NORTH_WEST, 53.578, -2.429, "BL"),
            new Town("Carlisle", Region.NORTH_WEST, 54.892, -2.932, "CA"),
            new Town("Leeds", Region.YORKSHIRE, 53.800, -1.549, "LS"),
            new Town("Sheffield", Region.YORKSHIRE, 53.381, -1.470, "S"),
            new Town("York", Region.YORKSHIRE, 53.960, -1.087, "YO"),
            new Town("Hull", Region.YORKSHIRE, 53.745, -0.336, "HU"),
            new Town("Bradford", Region.YORKSHIRE, 53.796, -1.759, "BD"),
            new Town("Nottingham", Region.EAST_MIDLANDS, 52.954, -1.158, "NG"),
            new Town("Leicester", Region.EAST_MIDLANDS, 52.637, -1.139, "LE"),
            new Town("Derby", Region.EAST_MIDLANDS, 52.923, -1.476, "DE"),
            new Town("Lincoln", Region.EAST_MIDLANDS, 53.234, -0.538, "LN"),
            new Town("Northampton", Region.EAST_MIDLANDS, 52.240, -0.902, "NN"),
            new Town("Birmingham", Region.WEST_MIDLANDS, 52.486, -1.890, "B"),
            new Town("Coventry", Region.WEST_MIDLANDS, 52.407, -1.508, "CV"),
            new Town("Wolverhampton", Region.WEST_MIDLANDS, 52.587, -2.129, "WV"),
            new Town("Stoke-on-Trent", Region.WEST_MIDLANDS, 53.003, -2.180, "ST"),
            new Town("Worcester", Region.WEST_MIDLANDS, 52.192, -2.220, "WR"),
            new Town("Cambridge", Region.EAST_OF_ENGLAND, 52.205, 0.122, "CB"),
            new Town("Norwich", Region.EAST_OF_ENGLAND, 52.630, 1.297, "NR"),
            new Town("Ipswich", Region.EAST_OF_ENGLAND, 52.057, 1.148, "IP"),
            new Town("Chelmsford", Region.EAST_OF_ENGLAND, 51.736, 0.469, "CM"),
            new Town("Luton", Region.EAST_OF_ENGLAND, 51.879, -0.417, "LU"),
            new Town("Camden", Region.LONDON, 51.539, -0.143, "NW"),
            new Town("Hackney", Region.LONDON, 51.545, -0.055, "E"),
            new Town("Lambeth", Region.LONDON, 51.457, -0.123, "SE"),
            new Town("Ealing", Region.LONDON, 51.513, -0.305, "W"),
            new Town("Croydon", Region.LONDON, 51.376, -0.098, "CR"),
            new Town("Tower Hamlets", Region.LONDON, 51.520, -0.029, "E"),
            new Town("Brighton", Region.SOUTH_EAST, 50.822, -0.137, "BN"),
            new Town("Reading", Region.SOUTH_EAST, 51.454, -0.978, "RG"),
            new Town("Oxford", Region.SOUTH_EAST, 51.752, -1.258, "OX"),
            new Town("Southampton", Region.SOUTH_EAST, 50.910, -1.404, "SO"),
            new Town("Canterbury", Region.SOUTH_EAST, 51.280, 1.079, "CT"),
            new Town("Milton Keynes", Region.SOUTH_EAST, 52.041, -0.759, "MK"),
            new Town("Bristol", Region.SOUTH_WEST, 51.455, -2.588, "BS"),
            new Town("Exeter", Region.SOUTH_WEST, 50.718, -3.534, "EX"),
            new Town("Plymouth", Region.SOUTH_WEST, 50.376, -4.143, "PL"),
            new Town("Bath", Region.SOUTH_WEST, 51.381, -2.359, "BA"),
            new Town("Truro", Region.SOUTH_WEST, 50.263, -5.051, "TR"),
            new Town("Gloucester", Region.SOUTH_WEST, 51.865, -2.238, "GL"),
            new Town("Cardiff", Region.WALES, 51.481, -3.179, "CF"),
            new Town("Swansea", Region.WALES, 51.621, -3.944, "SA"),
            new Town("Bangor", Region.WALES, 53.227, -4.129, "LL"),
            new Town("Wrexham", Region.WALES, 53.046, -2.993, "LL"),
            new Town("Aberystwyth", Region.WALES, 52.415, -4.083, "SY"),
            new Town("Glasgow", Region.SCOTLAND, 55.864, -4.252, "G"),
            new Town("Edinburgh", Region.SCOTLAND, 55.953, -3.189, "EH"),
            new Town("Aberdeen", Region.SCOTLAND, 57.150, -2.094, "AB"),
            new Town("Dundee", Region.SCOTLAND, 56.462, -2.971, "DD"),
            new Town("Stirling", Region.SCOTLAND, 56.117, -3.937, "FK"),
            new Town("Belfast", Region.NORTHERN_IRELAND, 54.597, -5.930, "BT"),
            new Town("Derry", Region.NORTHERN_IRELAND, 54.997, -7.309, "BT"),
            new Town("Newry", Region.NORTHERN_IRELAND, 54.176, -6.338, "BT"),
            new Town("Armagh", Region.NORTHERN_IRELAND, 54.350, -6.653, "BT"));

    private Places() {
    }
}
