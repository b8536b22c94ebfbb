package org.linli.infra.persistence;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @Test
    void liquibaseSendsNoUsageDataFromAnyRunOfLinlis() throws Exception {
        Boolean analytics = Scope.child(Migrations.liquibaseScope(), () -> AnalyticsArgs.ENABLED.getCurrentValue());

        assertThat(analytics).isFalse();
    }

    @Test
    void withoutBeingToldLiquibaseDoesNotRuleItsAnalyticsOut() {
        assertThat(AnalyticsArgs.ENABLED.getCurrentValue()).isNotEqualTo(Boolean.FALSE);
    }

    @Test
    void theWholeChangeLogKeepsToLiquibasesSchemaSoThatAStartNeedNotCheckIt() throws Exception {
        parseAgainstTheSchema(new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), Migrations.MASTER);

        Boolean checkedAtStart = Scope.child(Migrations.liquibaseScope(),
                () -> GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getCurrentValue());
        assertThat(checkedAtStart).isFalse();
    }

    @Test
    void theSchemaCheckRefusesAMisspeltChangeLog(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("misspelt.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                   http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
                    <changeSet id="1" author="test" runAllways="true">
                        <createTable tableName="parcel">
                            <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
                        </createTable>
                    </changeSet>
                </databaseChangeLog>
                """);

        assertThatThrownBy(() -> parseAgainstTheSchema(new DirectoryResourceAccessor(folder), "misspelt.xml"))
                .isInstanceOf(ChangeLogParseException.class).hasMessageContaining("runAllways");
    }

    /** With a parser of its own: Liquibase's shared one keeps the setting it was made with, in whatever scope. */
    private static void parseAgainstTheSchema(ResourceAccessor resources, String changeLog) throws Exception {
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources,
                GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), true), () ->
                new XMLChangeLogSAXParser().parse(changeLog, new ChangeLogParameters(), resources));
    }
}
