package io.escapement.payment.spi;

/** The HTTP answer a provider expects to a callback: Alipay wants {@code success}, WeChat Pay a JSON code. */
public record CallbackAnswer(int status, String contentType, String body) {

    public static CallbackAnswer text(String body) {
        return new CallbackAnswer(200, "text/plain;charset=UTF-8", body);
    }

    public static CallbackAnswer json(String body) {
        return new CallbackAnswer(200, "application/json", body);
    }
}
