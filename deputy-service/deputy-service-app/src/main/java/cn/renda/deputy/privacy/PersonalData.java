package cn.renda.deputy.privacy;

/** A deputy's personal data (个人信息): only ever written into events encrypted, see {@link PersonalDataVault}. */
public record PersonalData(String phone, String idCardNumber, String address) {

    /** What the profile shows once the key is destroyed. */
    public static final String ERASED = "[已删除]";

    /** The ID card number with all but the region (first 6) and the last 4 characters hidden. */
    public String maskedIdCard() {
        if (idCardNumber == null || idCardNumber.length() < 10) {
            return idCardNumber;
        }
        return idCardNumber.substring(0, 6) + "*".repeat(idCardNumber.length() - 10)
                + idCardNumber.substring(idCardNumber.length() - 4);
    }
}
