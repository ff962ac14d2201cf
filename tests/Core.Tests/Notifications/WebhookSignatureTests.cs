using CourseFunctions.Core.Notifications;

namespace CourseFunctions.Core.Tests.Notifications;

public class WebhookSignatureTests
{
    /// <summary>The example of the Standard Webhooks reference libraries (their signing test): secret, id, timestamp, body and signature.</summary>
    [Fact]
    public void Signs_the_standard_webhooks_example_as_the_reference_libraries_do()
    {
        var signature = WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Any_change_of_id_timestamp_or_body_changes_the_signature()
    {
        var secret = WebhookSecret.Generate();
        var signature = WebhookSignature.Sign(secret, "msg_1", 1700000000, "{}");
        Assert.NotEqual(signature, WebhookSignature.Sign(secret, "msg_2", 1700000000, "{}"));
        Assert.NotEqual(signature, WebhookSignature.Sign(secret, "msg_1", 1700000001, "{}"));
        Assert.NotEqual(signature, WebhookSignature.Sign(secret, "msg_1", 1700000000, "{ }"));
        Assert.NotEqual(signature, WebhookSignature.Sign(WebhookSecret.Generate(), "msg_1", 1700000000, "{}"));
    }

    [Fact]
    public void A_secret_is_whsec_and_the_base64_of_32_random_bytes()
    {
        var secret = WebhookSecret.Generate();
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, WebhookSecret.KeyOf(secret).Length);
        Assert.NotEqual(secret, WebhookSecret.Generate());
    }
}
