package org.linli.tenants.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Masked values look as the product guide shows them. */
class MasksTest {

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PersonalField.MOBILE.mask("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void idNumbersKeepTheirFirstAndLastFourCharacters() {
        assertThat(PersonalField.ID_NUMBER.mask("320102195003141235")).isEqualTo("3201**********1235");
    }

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(PersonalField.NAME.mask("张三")).isEqualTo("张*");
        assertThat(PersonalField.NAME.mask("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalField.NAME.mask("李")).isEqualTo("李*");
    }

    @Test
    void birthDatesKeepTheYearAndAddressesTheBuilding() {
        assertThat(PersonalField.BIRTH_DATE.mask("1950-03-14")).isEqualTo("1950-**-**");
        assertThat(PersonalField.ADDRESS.mask("新华小区 5栋 2单元 501")).isEqualTo("新华小区 5栋 ***");
        assertThat(PersonalField.PLATE.mask("苏A12345")).isEqualTo("苏A***45");
    }

    @Test
    void shortValuesAreMaskedWhole() {
        assertThat(PersonalField.MOBILE.mask("123")).isEqualTo("***");
    }
}
