namespace KubeSharp.Api.ApiExtensions.V1;

/// <summary>How to reach a webhook: exactly one of URL and Service.</summary>
public sealed class WebhookClientConfig : KubeModel
{
    /// <summary>An https:// URL without user info, query or fragment.</summary>
    public string? URL { get; set; }

    public ServiceReference? Service { get; set; }

    /// <summary>PEM CA bundle that signs the webhook's serving certificate; the system roots when empty.</summary>
    public byte[]? CABundle { get; set; }
}
