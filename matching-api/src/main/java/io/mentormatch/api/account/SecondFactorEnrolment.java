package io.mentormatch.api.account;

/**
 * What an authenticator app needs: the secret for typing in, the otpauth URI, and that URI as a QR code
 * ({@code data:image/png;base64,...}).
 */
public record SecondFactorEnrolment(String secret, String uri, String qrCode) {
}
