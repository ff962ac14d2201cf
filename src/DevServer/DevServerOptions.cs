using System.ComponentModel.DataAnnotations;

namespace CourseFunctions.DevServer;

/// <summary>The DevServer's own settings (section <c>DevServer</c>): the sample course, the edit key, the slide reconciling, the delivery polling.</summary>
public sealed class DevServerOptions
{
    public const string SectionName = "DevServer";

    /// <summary>Import the embedded sample course when storage does not have it yet.</summary>
    public bool SeedSample { get; set; } = true;

    /// <summary>
    /// The operator key, in plain text for local use; the DevServer gives the API its hash (<c>Auth:OperatorKeySha256</c>,
    /// which Azure sets directly). Empty: only editors' tokens are accepted.
    /// </summary>
    public string EditKey { get; set; } = "";

    /// <summary>How often the slides container is reconciled with the index. Azurite raises no Event Grid events.</summary>
    [Range(0.05, 60 * 60)]
    public double ReconcileSeconds { get; set; } = 3;

    /// <summary>How often the delivery queue is read when it was found empty (the Functions host polls its queue trigger too).</summary>
    [Range(0.05, 60 * 60)]
    public double DeliveryPollSeconds { get; set; } = 1;

    /// <summary>How often the outbox is read for notices whose hold-back has passed (the Functions timer runs every minute).</summary>
    [Range(0.05, 60 * 60)]
    public double DispatchSeconds { get; set; } = 5;
}
