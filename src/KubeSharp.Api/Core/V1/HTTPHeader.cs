namespace KubeSharp.Api.Core.V1;

/// <summary>A header sent by an HTTP probe or hook.</summary>
public sealed class HTTPHeader : KubeModel
{
    /// <summary>Canonicalized on output, so case variants are the same header.</summary>
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
