namespace KubeSharp.Api.Core.V1;

/// <summary>Where an environment variable's value comes from; exactly one member is set.</summary>
public sealed class EnvVarSource : KubeModel
{
    /// <summary>
    /// A pod field: metadata.name, metadata.namespace, metadata.labels['KEY'], metadata.annotations['KEY'],
    /// spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP, status.podIPs.
    /// </summary>
    public ObjectFieldSelector? FieldRef { get; set; }

    /// <summary>A container's limits or requests (limits.cpu, requests.memory, …).</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; set; }

    public ConfigMapKeySelector? ConfigMapKeyRef { get; set; }

    public SecretKeySelector? SecretKeyRef { get; set; }
}
