package cn.renda.deputy.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One deputy's data key (AES-256). Deleting the row is the erasure: every ciphertext made with it, wherever it was
 * copied (event store, Kafka topic, read models), becomes unreadable.
 */
@Entity
@Table(name = "deputy_key")
class DeputyKey {

    @Id
    @Column(name = "deputy_id", length = 64)
    private String deputyId;
    @Column(length = 6)
    private String county;
    @Column(name = "key_bytes", length = 32, nullable = false)
    private byte[] key;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DeputyKey() {
    }

    DeputyKey(String deputyId, String county, byte[] key, Instant createdAt) {
        this.deputyId = deputyId;
        this.county = county;
        this.key = key.clone();
        this.createdAt = createdAt;
    }

    byte[] key() {
        return key.clone();
    }
}
