package cn.renda.deputy.api.events;

import cn.renda.deputy.api.Education;
import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.PartyMembership;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A deputy (人大代表) of a township congress was registered; the deputy is serving from now on.
 * <p>
 * Revision 2 added, after the first eight fields (which keep their names and types): {@code term} (届次),
 * {@code ethnicity} (民族, e.g. "汉族"), {@code education}, {@code party}, {@code reElected} (连任), {@code byElection}
 * (补选), {@code district} (选区), {@code groupId} (代表小组, may be null), {@code electedOn}, and
 * {@code personalData}: phone, ID card number and home address encrypted with the deputy's own key (AES-GCM,
 * Base64, prefix {@code aesgcm1:}); never plaintext. Revision 1 events read as revision 2 with those fields null.
 */
@Revision("2")
public record DeputyRegisteredEvent(String deputyId, String county, String townshipCode, String name, Gender gender,
                                    Integer birthYear, Occupation occupation, Instant registeredAt,
                                    Integer term, String ethnicity, Education education, PartyMembership party,
                                    Boolean reElected, Boolean byElection, String district, String groupId,
                                    LocalDate electedOn, String personalData) {

    /** The revision 1 shape: none of the later fields. */
    public DeputyRegisteredEvent(String deputyId, String county, String townshipCode, String name, Gender gender,
                                 Integer birthYear, Occupation occupation, Instant registeredAt) {
        this(deputyId, county, townshipCode, name, gender, birthYear, occupation, registeredAt,
                null, null, null, null, null, null, null, null, null, null);
    }
}
