namespace KubeSharp.Api.Core.V1;

/// <summary>Whether node affinity or taints limit the nodes counted for topology spread.</summary>
public static class NodeInclusionPolicy
{
    public const string Ignore = "Ignore";
    public const string Honor = "Honor";
}
