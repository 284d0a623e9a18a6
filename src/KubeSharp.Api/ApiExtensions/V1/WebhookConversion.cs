using KubeSharp.Api.Fields;

namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class WebhookConversion : KubeModel
{
    public WebhookClientConfig? ClientConfig { get; set; }

    /// <summary>ConversionReview versions the webhook accepts, most preferred first.</summary>
    [ListType(ListTypeAttribute.Atomic)]
    public List<string> ConversionReviewVersions { get; set; } = [];
}
