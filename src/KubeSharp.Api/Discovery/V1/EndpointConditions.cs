namespace KubeSharp.Api.Discovery.V1;

/// <summary>Null Ready and Serving mean true; null Terminating means false.</summary>
public sealed class EndpointConditions : KubeModel
{
    public bool? Ready { get; set; }

    public bool? Serving { get; set; }

    public bool? Terminating { get; set; }
}
