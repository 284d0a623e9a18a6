using System.Text.Json.Serialization;

namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// The result of a call that returns no object, and the body of every error (upstream's metav1.Status). It is
/// served as kind Status in version v1 from every group.
/// </summary>
[Kind("", "v1", "Status")]
public sealed class Status : KubeModel
{
    /// <summary>Value of <see cref="Result"/> when the operation succeeded.</summary>
    public const string Success = "Success";

    /// <summary>Value of <see cref="Result"/> when the operation failed.</summary>
    public const string Failure = "Failure";

    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }

    /// <summary>Upstream always writes it, as <c>{}</c> when empty.</summary>
    public ListMeta Metadata { get; set; } = new();

    /// <summary>
    /// Upstream's <c>Status.Status</c> ("Success" or "Failure"); C# does not allow a member named like its type.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Result { get; set; }

    public string? Message { get; set; }

    /// <summary>One of <see cref="StatusReason"/>; empty means unknown.</summary>
    public string? Reason { get; set; }

    public StatusDetails? Details { get; set; }

    /// <summary>Suggested HTTP status code; 0 (omitted) when not set.</summary>
    public int? Code { get; set; }
}
