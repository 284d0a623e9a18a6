namespace KubeSharp.Api.ApiExtensions.V1;

public sealed class CustomResourceConversion : KubeModel
{
    /// <summary>"None" or "Webhook"; see <see cref="ConversionStrategyType"/>.</summary>
    public string Strategy { get; set; } = "";

    /// <summary>Required when Strategy is "Webhook".</summary>
    public WebhookConversion? Webhook { get; set; }
}
