using System.Globalization;
using System.Text;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// A container's environment as upstream's makeEnvironmentVariables (pkg/kubelet/kubelet_pods.go) builds it: envFrom
/// sources first (ConfigMaps, then Secrets, with their prefix; keys that are not valid names are skipped), then env
/// entries in order, each value expanded against what came before; valueFrom reads ConfigMap and Secret keys, pod
/// fields and container resources. A missing non-optional source is a <see cref="ContainerConfigException"/> with
/// upstream's message.
/// </summary>
public static class EnvironmentBuilder
{
    public static async Task<List<KeyValuePair<string, string>>> BuildAsync(
        Pod pod,
        Container container,
        string? podIP,
        string hostIP,
        IReadOnlyDictionary<string, Quantity> nodeAllocatable,
        IObjectSource objects,
        CancellationToken cancellationToken)
    {
        var ns = pod.Metadata.Namespace ?? "default";
        var result = new List<KeyValuePair<string, string>>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string value)
        {
            if (values.ContainsKey(name))
            {
                result.RemoveAll(e => e.Key == name);
            }

            values[name] = value;
            result.Add(new(name, value));
        }

        foreach (var source in container.EnvFrom ?? [])
        {
            var prefix = source.Prefix ?? "";
            if (source.ConfigMapRef is { } configMapRef)
            {
                var name = configMapRef.Name ?? "";
                var configMap = await objects.GetConfigMapAsync(ns, name, cancellationToken).ConfigureAwait(false);
                if (configMap is null)
                {
                    if (configMapRef.Optional == true)
                    {
                        continue;
                    }

                    throw new ContainerConfigException($"configmap \"{name}\" not found");
                }

                foreach (var (key, value) in configMap.Data ?? [])
                {
                    if (IsEnvVarName(prefix + key))
                    {
                        Set(prefix + key, value);
                    }
                }
            }
            else if (source.SecretRef is { } secretRef)
            {
                var name = secretRef.Name ?? "";
                var secret = await objects.GetSecretAsync(ns, name, cancellationToken).ConfigureAwait(false);
                if (secret is null)
                {
                    if (secretRef.Optional == true)
                    {
                        continue;
                    }

                    throw new ContainerConfigException($"secret \"{name}\" not found");
                }

                foreach (var (key, value) in secret.Data ?? [])
                {
                    if (IsEnvVarName(prefix + key))
                    {
                        Set(prefix + key, Encoding.UTF8.GetString(value));
                    }
                }
            }
        }

        foreach (var env in container.Env ?? [])
        {
            string? value;
            if (env.ValueFrom is { } from)
            {
                value = await ValueFromAsync(pod, container, from, podIP, hostIP, nodeAllocatable, objects, cancellationToken).ConfigureAwait(false);
                if (value is null)
                {
                    // An optional key or object that is absent: the variable is not set at all.
                    continue;
                }
            }
            else
            {
                value = Expansion.Expand(env.Value ?? "", name => values.GetValueOrDefault(name));
            }

            Set(env.Name, value);
        }

        return result;
    }

    private static async Task<string?> ValueFromAsync(
        Pod pod, Container container, EnvVarSource from, string? podIP, string hostIP, IReadOnlyDictionary<string, Quantity> nodeAllocatable, IObjectSource objects, CancellationToken cancellationToken)
    {
        var ns = pod.Metadata.Namespace ?? "default";
        if (from.FieldRef is { } field)
        {
            return PodField(pod, field.FieldPath, podIP, hostIP);
        }

        if (from.ResourceFieldRef is { } resource)
        {
            return ResourceField(pod, container, resource, nodeAllocatable);
        }

        if (from.ConfigMapKeyRef is { } configMapKey)
        {
            var name = configMapKey.Name ?? "";
            var configMap = await objects.GetConfigMapAsync(ns, name, cancellationToken).ConfigureAwait(false);
            if (configMap is null)
            {
                return configMapKey.Optional == true ? null : throw new ContainerConfigException($"configmap \"{name}\" not found");
            }

            if (configMap.Data?.TryGetValue(configMapKey.Key, out var value) == true)
            {
                return value;
            }

            return configMapKey.Optional == true ? null : throw new ContainerConfigException($"couldn't find key {configMapKey.Key} in ConfigMap {ns}/{name}");
        }

        if (from.SecretKeyRef is { } secretKey)
        {
            var name = secretKey.Name ?? "";
            var secret = await objects.GetSecretAsync(ns, name, cancellationToken).ConfigureAwait(false);
            if (secret is null)
            {
                return secretKey.Optional == true ? null : throw new ContainerConfigException($"secret \"{name}\" not found");
            }

            if (secret.Data?.TryGetValue(secretKey.Key, out var bytes) == true)
            {
                return Encoding.UTF8.GetString(bytes);
            }

            return secretKey.Optional == true ? null : throw new ContainerConfigException($"couldn't find key {secretKey.Key} in Secret {ns}/{name}");
        }

        return "";
    }

    /// <summary>The pod fields the downward API offers (upstream's podFieldSelectorRuntimeValue and ExtractFieldPathAsString).</summary>
    public static string PodField(Pod pod, string fieldPath, string? podIP, string hostIP)
    {
        switch (fieldPath)
        {
            case "metadata.name":
                return pod.Metadata.Name ?? "";
            case "metadata.namespace":
                return pod.Metadata.Namespace ?? "";
            case "metadata.uid":
                return pod.Metadata.Uid ?? "";
            case "spec.nodeName":
                return pod.Spec.NodeName ?? "";
            case "spec.serviceAccountName":
                return pod.Spec.ServiceAccountName ?? "";
            case "status.hostIP":
            case "status.hostIPs":
                return hostIP;
            case "status.podIP":
            case "status.podIPs":
                return podIP ?? "";
            case "metadata.labels":
                return FormatMap(pod.Metadata.Labels);
            case "metadata.annotations":
                return FormatMap(pod.Metadata.Annotations);
        }

        foreach (var (prefix, map) in new[] { ("metadata.labels['", pod.Metadata.Labels), ("metadata.annotations['", pod.Metadata.Annotations) })
        {
            if (fieldPath.StartsWith(prefix, StringComparison.Ordinal) && fieldPath.EndsWith("']", StringComparison.Ordinal))
            {
                var key = fieldPath[prefix.Length..^2];
                return map?.GetValueOrDefault(key) ?? "";
            }
        }

        throw new ContainerConfigException($"unsupported fieldPath: {fieldPath}");
    }

    /// <summary>
    /// A container resource for the downward API (upstream's ExtractContainerResourceValue): limits default to the
    /// node's allocatable, values are divided by the divisor (default 1) and rounded up.
    /// </summary>
    public static string ResourceField(Pod pod, Container container, ResourceFieldSelector selector, IReadOnlyDictionary<string, Quantity> nodeAllocatable)
    {
        var target = container;
        if (!string.IsNullOrEmpty(selector.ContainerName))
        {
            target = pod.Spec.Containers.Concat(pod.Spec.InitContainers ?? []).FirstOrDefault(c => c.Name == selector.ContainerName)
                ?? throw new ContainerConfigException($"container {selector.ContainerName} not found");
        }

        var parts = selector.Resource.Split('.', 2);
        if (parts.Length != 2 || parts[0] is not ("limits" or "requests"))
        {
            throw new ContainerConfigException($"unsupported container resource: {selector.Resource}");
        }

        var resourceName = parts[1];
        var source = parts[0] == "limits" ? target.Resources.Limits : target.Resources.Requests;
        Quantity value;
        if (source?.TryGetValue(resourceName, out var set) == true)
        {
            value = set;
        }
        else if (parts[0] == "limits" && nodeAllocatable.TryGetValue(resourceName, out var allocatable))
        {
            value = allocatable;
        }
        else
        {
            value = Quantity.Zero;
        }

        var divisor = selector.Divisor is { IsZero: false } d ? d : Quantity.FromInt64(1);
        if (resourceName == "cpu")
        {
            // Millicores divided by the divisor's millicores, rounded up (upstream's ConvertResourceCPUToString).
            var cores = (long)Math.Ceiling((double)value.MilliValue() / divisor.MilliValue());
            return cores.ToString(CultureInfo.InvariantCulture);
        }

        var amount = (long)Math.Ceiling((double)value.Value() / divisor.Value());
        return amount.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>C_IDENTIFIER-like names env vars may have (upstream's IsEnvVarName: printable, no '=').</summary>
    public static bool IsEnvVarName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static string FormatMap(Dictionary<string, string>? map)
    {
        if (map is null)
        {
            return "";
        }

        var lines = map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}=\"{p.Value}\"");
        return string.Join('\n', lines);
    }
}
