package cn.renda.platform.web;

/** Administrative division codes (GB/T 2260): a county has 6 digits, a township 9 beginning with its county's. */
public final class Codes {

    public static final String COUNTY = "\\d{6}";
    public static final String TOWNSHIP = "\\d{9}";

    private Codes() {
    }

    public static boolean townshipInCounty(String township, String county) {
        return township != null && county != null && township.startsWith(county);
    }
}
