package cn.renda.deputy.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardsTest {

    @Test
    void the_check_character_is_verified() {
        String first17 = "41032719800101123";
        String valid = first17 + IdCards.checkCharacter(first17);
        assertThat(IdCards.valid(valid)).isTrue();
        char wrong = IdCards.checkCharacter(first17) == '1' ? '2' : '1';
        assertThat(IdCards.valid(first17 + wrong)).isFalse();
        assertThat(IdCards.valid("4103271980")).isFalse();
        assertThat(IdCards.valid("11010519491231002x")).isTrue();
    }

    @Test
    void the_profile_masks_the_middle_of_the_number() {
        assertThat(new PersonalData(null, "11010519491231002X", null).maskedIdCard()).isEqualTo("110105********002X");
    }
}
