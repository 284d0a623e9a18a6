namespace KubeSharp.Api.AdmissionRegistration.V1;

/// <summary>How to reach a webhook: exactly one of URL and Service.</summary>
public sealed class WebhookClientConfig : KubeModel
{
    public string? URL { get; set; }

    public ServiceReference? Service { get; set; }

    public byte[]? CABundle { get; set; }
}
