package org.linli.infra.sandbox.alipay;

/** A gateway error as Alipay answers it: a code with its message and a business sub code. */
final class SandboxError extends RuntimeException {

    final String code;
    final String msg;
    final String subCode;

    SandboxError(String code, String msg, String subCode, String subMsg) {
        super(subMsg);
        this.code = code;
        this.msg = msg;
        this.subCode = subCode;
    }

    static SandboxError business(String subCode, String subMsg) {
        return new SandboxError("40004", "Business Failed", subCode, subMsg);
    }

    static SandboxError invalid(String subCode, String subMsg) {
        return new SandboxError("40002", "Invalid Arguments", subCode, subMsg);
    }

    static SandboxError missing(String subCode, String subMsg) {
        return new SandboxError("40001", "Missing Required Arguments", subCode, subMsg);
    }
}
