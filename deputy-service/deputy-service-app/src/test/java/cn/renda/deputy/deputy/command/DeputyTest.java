package cn.renda.deputy.deputy.command;

import cn.renda.deputy.api.Gender;
import cn.renda.deputy.api.Occupation;
import cn.renda.deputy.api.events.DeputyRegisteredEvent;
import cn.renda.platform.problem.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class DeputyTest {

    private static final Instant NOW = Instant.parse("2024-01-15T02:00:00Z");
    private AggregateTestFixture<Deputy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Deputy.class);
    }

    @Test
    void a_deputy_is_registered_as_serving_in_a_township_of_the_county() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW))
                .expectEvents(new DeputyRegisteredEvent("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW));
    }

    @Test
    void a_deputy_in_a_township_of_another_county_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410328100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_deputy_under_eighteen_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "李小明", Gender.MALE, 2010,
                        Occupation.OTHER, NOW))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectExceptionMessage("A deputy must be at least 18 years old.");
    }

    private static final java.time.LocalDate ELECTED = java.time.LocalDate.parse("2021-11-20");

    private static DeputyRegisteredEvent registered(String personalData) {
        return new DeputyRegisteredEvent("d1", "410327", "410327100", "王建华", Gender.MALE, 1972, Occupation.FARMER,
                NOW, 13, "汉族", cn.renda.deputy.api.Education.JUNIOR_SECONDARY,
                cn.renda.deputy.api.PartyMembership.CPC_MEMBER, true, false, "第一选区", null, ELECTED, personalData);
    }

    @Test
    void the_full_profile_and_the_encrypted_personal_data_are_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW, 13, "汉族", cn.renda.deputy.api.Education.JUNIOR_SECONDARY,
                        cn.renda.deputy.api.PartyMembership.CPC_MEMBER, true, false, "第一选区", null, ELECTED,
                        "aesgcm1:abc"))
                .expectEvents(registered("aesgcm1:abc"));
    }

    @Test
    void personal_data_in_clear_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW, 13, "汉族", null, null, false, false, "第一选区", null, ELECTED,
                        "{\"phone\":\"13800000000\"}"))
                .expectNoEvents()
                .expectExceptionMessage("Personal data must be encrypted before it enters an event.");
    }

    @Test
    void an_election_after_the_registration_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW, 13, null, null, null, false, false, null, null,
                        java.time.LocalDate.parse("2024-02-01"), null))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_by_elected_deputy_cannot_be_re_elected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDeputyCommand("d1", "410327", "410327100", "王建华", Gender.MALE, 1972,
                        Occupation.FARMER, NOW, 13, null, null, null, true, true, null, null, ELECTED, null))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void a_serving_deputy_resigns() {
        Instant later = Instant.parse("2024-07-01T01:30:00Z");
        fixture.given(registered(null))
                .when(new ChangeDeputyStatusCommand("d1", "410327", cn.renda.deputy.api.DeputyStatusChange.RESIGNED,
                        java.time.LocalDate.parse("2024-06-30"), "工作调动", later))
                .expectEvents(new cn.renda.deputy.api.events.DeputyStatusChangedEvent("d1", "410327", "410327100",
                        cn.renda.deputy.api.DeputyStatusChange.RESIGNED, java.time.LocalDate.parse("2024-06-30"),
                        "工作调动", later));
    }

    @Test
    void a_deputy_whose_service_ended_cannot_change_again() {
        Instant later = Instant.parse("2024-07-01T01:30:00Z");
        fixture.given(registered(null), new cn.renda.deputy.api.events.DeputyStatusChangedEvent("d1", "410327",
                        "410327100", cn.renda.deputy.api.DeputyStatusChange.DECEASED,
                        java.time.LocalDate.parse("2024-06-30"), "病故", later))
                .when(new ChangeDeputyStatusCommand("d1", "410327", cn.renda.deputy.api.DeputyStatusChange.RECALLED,
                        java.time.LocalDate.parse("2024-07-01"), "罢免", later))
                .expectNoEvents()
                .expectExceptionMessage("This deputy's service has already ended; it cannot change again.");
    }

    @Test
    void a_change_dated_in_the_future_or_before_the_election_is_refused() {
        Instant later = Instant.parse("2024-07-01T01:30:00Z");
        fixture.given(registered(null))
                .when(new ChangeDeputyStatusCommand("d1", "410327", cn.renda.deputy.api.DeputyStatusChange.RECALLED,
                        java.time.LocalDate.parse("2024-09-01"), "罢免", later))
                .expectNoEvents()
                .expectException(DomainException.class);
        fixture.given(registered(null))
                .when(new ChangeDeputyStatusCommand("d1", "410327", cn.renda.deputy.api.DeputyStatusChange.RECALLED,
                        java.time.LocalDate.parse("2020-01-01"), "罢免", later))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void another_county_cannot_change_the_deputy() {
        fixture.given(registered(null))
                .when(new ChangeDeputyStatusCommand("d1", "110101", cn.renda.deputy.api.DeputyStatusChange.RESIGNED,
                        java.time.LocalDate.parse("2024-06-30"), "辞职", NOW.plusSeconds(86400 * 200)))
                .expectNoEvents()
                .expectException(DomainException.class);
    }

    @Test
    void personal_data_is_erased_once() {
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        fixture.given(registered("aesgcm1:abc"))
                .when(new ErasePersonalDataCommand("d1", "410327", "本人申请", at))
                .expectEvents(new cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent("d1", "410327",
                        "410327100", "本人申请", at));
        fixture.given(registered("aesgcm1:abc"), new cn.renda.deputy.api.events.DeputyPersonalDataErasedEvent("d1",
                        "410327", "410327100", "本人申请", at))
                .when(new ErasePersonalDataCommand("d1", "410327", "再次", at))
                .expectNoEvents()
                .expectExceptionMessage("This deputy's personal data was already erased.");
        fixture.given(registered(null))
                .when(new ErasePersonalDataCommand("d1", "410327", "本人申请", at))
                .expectNoEvents()
                .expectException(DomainException.class);
    }
}
