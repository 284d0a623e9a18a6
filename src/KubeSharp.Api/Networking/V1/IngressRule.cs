namespace KubeSharp.Api.Networking.V1;

/// <summary>Paths under a host; upstream embeds IngressRuleValue inline, so its http field is here.</summary>
public sealed class IngressRule : KubeModel
{
    /// <summary>A precise host ("foo.bar.com") or one leading wildcard label ("*.foo.com"); all hosts when empty.</summary>
    public string? Host { get; set; }

    public HTTPIngressRuleValue? HTTP { get; set; }
}
