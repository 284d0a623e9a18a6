namespace KubeSharp.Api.Core.V1;

/// <summary>A namespaced kernel parameter set for the pod.</summary>
public sealed class Sysctl : KubeModel
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
