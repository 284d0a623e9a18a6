namespace KubeSharp.Api.Meta.V1;

/// <summary>Names of the namespaces every cluster has, and the "all namespaces" value.</summary>
public static class NamespaceNames
{
    public const string Default = "default";
    public const string All = "";
    public const string System = "kube-system";
    public const string Public = "kube-public";
    public const string NodeLease = "kube-node-lease";
}
