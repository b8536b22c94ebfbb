package org.linli.infra.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentFilterTest {

    @Test
    void pathTemplatesLoseTheirRegularExpressions() {
        assertThat(ApiDocumentFilter.template("/api/v1/devices/{id: \\d+}/secret"))
                .isEqualTo("/api/v1/devices/{id}/secret");
        assertThat(ApiDocumentFilter.template("/api/v1/cases/mine/{id:\\d+}/photos/{photo: \\d+}"))
                .isEqualTo("/api/v1/cases/mine/{id}/photos/{photo}");
        assertThat(ApiDocumentFilter.template("/api/v1/device-rules/{kind}")).isEqualTo("/api/v1/device-rules/{kind}");
        assertThat(ApiDocumentFilter.template("/api/v1//communities/{id}")).isEqualTo("/api/v1/communities/{id}");
    }

    @Test
    void anOperationIdNamesTheMethodAndEverySegmentOfThePath() {
        assertThat(ApiDocumentFilter.operationId("GET", "/api/v1/devices")).isEqualTo("getDevices");
        assertThat(ApiDocumentFilter.operationId("GET", "/api/v1/devices/{id}")).isEqualTo("getDevicesById");
        assertThat(ApiDocumentFilter.operationId("POST", "/api/v1/device-alerts/{id}/label"))
                .isEqualTo("postDeviceAlertsByIdLabel");
        assertThat(ApiDocumentFilter.operationId("DELETE", "/api/v1/auth/token")).isEqualTo("deleteAuthToken");
    }

    @Test
    void operationsOpenWithoutATokenAreKnownByMethodAndPath() {
        assertThat(ApiDocumentFilter.ANONYMOUS).containsKeys("POST /auth/token", "POST /devices/events");
        assertThat(ApiDocumentFilter.ERRORS).containsOnlyKeys(400, 401, 403, 404, 409, 422);
    }

    @Test
    void downloadsAreFilesWhileJsonAndPlainTextAreNot() {
        assertThat(ApiDocumentFilter.isFile("text/csv")).isTrue();
        assertThat(ApiDocumentFilter.isFile("application/pdf")).isTrue();
        assertThat(ApiDocumentFilter.isFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isTrue();
        assertThat(ApiDocumentFilter.isFile("image/webp")).isTrue();
        assertThat(ApiDocumentFilter.isFile("application/json")).isFalse();
        assertThat(ApiDocumentFilter.isFile("application/problem+json")).isFalse();
        assertThat(ApiDocumentFilter.isFile("text/plain")).isFalse();
    }
}
