package cn.renda.deputy.privacy;

import java.util.Locale;

/** Resident identity card numbers (居民身份证号码, GB 11643-1999): 17 digits and a check character. */
public final class IdCards {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCards() {
    }

    public static String normalize(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the number has 18 characters whose last one is the ISO 7064 MOD 11-2 check of the first 17. */
    public static boolean valid(String number) {
        String n = normalize(number);
        if (n == null || !n.matches("\\d{17}[\\dX]")) {
            return false;
        }
        return n.charAt(17) == checkCharacter(n.substring(0, 17));
    }

    /** The check character for 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
