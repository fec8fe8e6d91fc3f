package cn.renda.deputy.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Crypto-shredding of deputies' personal data. Each deputy gets an AES-256 key kept only in the relational table
 * {@code deputy_key}; the personal data goes into events as {@code aesgcm1:} + Base64(12-byte IV | AES-GCM ciphertext
 * and tag), with the deputy id as associated data (a ciphertext cannot be moved to another deputy). Once the key row
 * is deleted ({@link KeyShredder}) nothing can read those ciphertexts again.
 * <p>
 * ID card numbers are compared without plaintext through a keyed hash (HMAC-SHA256 with
 * {@code renda.deputy.personal-data.hmac-secret}).
 */
@Component
public class PersonalDataVault {

    public static final String PREFIX = "aesgcm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DeputyKeyRepository keys;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecretKeySpec hmacKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataVault(DeputyKeyRepository keys, ObjectMapper mapper, Clock clock,
                      @Value("${renda.deputy.personal-data.hmac-secret}") String hmacSecret) {
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
        this.hmacKey = new SecretKeySpec(hmacSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Creates the deputy's key and returns the personal data encrypted with it. */
    @Transactional
    public String seal(String deputyId, String county, PersonalData data) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            keys.save(new DeputyKey(deputyId, county, key.getEncoded(), clock.instant()));
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(deputyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(mapper.writeValueAsBytes(data));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot encrypt the personal data of deputy " + deputyId, e);
        }
    }

    /** The personal data, or empty when there is none or the deputy's key was destroyed. */
    public Optional<PersonalData> open(String deputyId, String ciphertext) {
        if (ciphertext == null || !ciphertext.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return keys.findById(deputyId).map(k -> decrypt(deputyId, k.key(), ciphertext));
    }

    public boolean hasKey(String deputyId) {
        return keys.existsById(deputyId);
    }

    private PersonalData decrypt(String deputyId, byte[] key, String ciphertext) {
        try {
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(deputyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return mapper.readValue(plain, PersonalData.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("Cannot decrypt the personal data of deputy " + deputyId, e);
        }
    }

    /** The keyed hash of an ID card number (normalised), hex; the same number always gives the same digest. */
    public String idCardDigest(String idCardNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return HexFormat.of().formatHex(mac.doFinal(IdCards.normalize(idCardNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
