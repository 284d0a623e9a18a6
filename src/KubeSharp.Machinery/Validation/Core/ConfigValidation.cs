using System.Text.Json;
using KubeSharp.Api.Core.V1;
using static KubeSharp.Machinery.Validation.Core.CoreValidation;

namespace KubeSharp.Machinery.Validation.Core;

/// <summary>
/// Validation of ConfigMaps, Secrets, Namespaces and Nodes (upstream's ValidateConfigMap, ValidateSecret,
/// ValidateNamespace, ValidateNode and their update variants). Secrets are validated after
/// <c>stringData</c> has been folded into <c>data</c> (see <see cref="Defaults.CoreDefaults.SetDefaultsSecret"/>).
/// </summary>
public static class ConfigValidation
{
    public const int MaxSecretSize = 1024 * 1024;
    public const string ServiceAccountNameKey = "kubernetes.io/service-account.name";
    private const string ImmutableMessage = "field is immutable when `immutable` is set";

    public static FieldErrorList ValidateConfigMap(ConfigMap configMap)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(configMap.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        long total = 0;
        foreach (var (key, value) in Sorted(configMap.Data))
        {
            var path = FieldPath.New("data").Key(key);
            errors.AddRange(FromMessages(Formats.IsConfigMapKey(key), path, key));
            if (configMap.BinaryData?.ContainsKey(key) == true)
            {
                errors.Add(FieldError.Invalid(path, key, "duplicate of key present in binaryData"));
            }

            total += System.Text.Encoding.UTF8.GetByteCount(value);
        }

        foreach (var (key, value) in Sorted(configMap.BinaryData))
        {
            errors.AddRange(FromMessages(Formats.IsConfigMapKey(key), FieldPath.New("binaryData").Key(key), key));
            total += value.Length;
        }

        if (total > MaxSecretSize)
        {
            errors.Add(FieldError.TooLong(FieldPath.New(""), MaxSecretSize));
        }

        return errors;
    }

    public static FieldErrorList ValidateConfigMapUpdate(ConfigMap configMap, ConfigMap old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(configMap.Metadata, old.Metadata, FieldPath.New("metadata"));
        if (old.Immutable == true)
        {
            if (configMap.Immutable != true)
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("immutable"), ImmutableMessage));
            }

            if (!MapEquals(configMap.Data, old.Data, string.Equals))
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("data"), ImmutableMessage));
            }

            if (!MapEquals(configMap.BinaryData, old.BinaryData, (a, b) => a.AsSpan().SequenceEqual(b)))
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("binaryData"), ImmutableMessage));
            }
        }

        errors.AddRange(ValidateConfigMap(configMap));
        return errors;
    }

    public static FieldErrorList ValidateSecret(Secret secret)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(secret.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        var dataPath = FieldPath.New("data");
        long total = 0;
        foreach (var (key, value) in Sorted(secret.Data))
        {
            errors.AddRange(FromMessages(Formats.IsConfigMapKey(key), dataPath.Key(key), key));
            total += value.Length;
        }

        if (total > MaxSecretSize)
        {
            errors.Add(FieldError.TooLong(dataPath, MaxSecretSize));
        }

        var data = secret.Data ?? [];
        switch (secret.Type ?? "")
        {
            case SecretType.ServiceAccountToken:
                if (string.IsNullOrEmpty(secret.Metadata.Annotations?.GetValueOrDefault(ServiceAccountNameKey)))
                {
                    errors.Add(FieldError.Required(FieldPath.New("metadata", "annotations").Key(ServiceAccountNameKey)));
                }

                break;
            case SecretType.Dockercfg:
                ValidateJsonKey(data, ".dockercfg", dataPath, errors);
                break;
            case SecretType.DockerConfigJson:
                ValidateJsonKey(data, ".dockerconfigjson", dataPath, errors);
                break;
            case SecretType.BasicAuth:
                if (!data.ContainsKey("username") && !data.ContainsKey("password"))
                {
                    errors.Add(FieldError.Required(dataPath.Key("username")));
                    errors.Add(FieldError.Required(dataPath.Key("password")));
                }

                break;
            case SecretType.SSHAuth:
                if (data.GetValueOrDefault("ssh-privatekey") is not { Length: > 0 })
                {
                    errors.Add(FieldError.Required(dataPath.Key("ssh-privatekey")));
                }

                break;
            case SecretType.TLS:
                if (!data.ContainsKey("tls.crt"))
                {
                    errors.Add(FieldError.Required(dataPath.Key("tls.crt")));
                }

                if (!data.ContainsKey("tls.key"))
                {
                    errors.Add(FieldError.Required(dataPath.Key("tls.key")));
                }

                break;
        }

        return errors;
    }

    public static FieldErrorList ValidateSecretUpdate(Secret secret, Secret old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(secret.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ObjectMetaValidation.ValidateImmutableField(secret.Type ?? "", old.Type ?? "", FieldPath.New("type")));
        if (old.Immutable == true)
        {
            if (secret.Immutable != true)
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("immutable"), ImmutableMessage));
            }

            if (!MapEquals(secret.Data, old.Data, (a, b) => a.AsSpan().SequenceEqual(b)))
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("data"), ImmutableMessage));
            }
        }

        errors.AddRange(ValidateSecret(secret));
        return errors;
    }

    public static FieldErrorList ValidateNamespace(Namespace ns)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(ns.Metadata, false, NameValidation.NameIsDNSLabel, FieldPath.New("metadata"));
        foreach (var finalizer in ns.Spec.Finalizers ?? [])
        {
            errors.AddRange(ValidateFinalizerName(finalizer, FieldPath.New("spec", "finalizers")));
        }

        return errors;
    }

    public static FieldErrorList ValidateNamespaceUpdate(Namespace ns, Namespace old) =>
        ObjectMetaValidation.ValidateObjectMetaUpdate(ns.Metadata, old.Metadata, FieldPath.New("metadata"));

    /// <summary>Status updates: Active without a deletion timestamp, Terminating with one.</summary>
    public static FieldErrorList ValidateNamespaceStatusUpdate(Namespace ns, Namespace old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(ns.Metadata, old.Metadata, FieldPath.New("metadata"));
        var phase = ns.Status.Phase ?? "";
        if (ns.Metadata.DeletionTimestamp is null)
        {
            if (phase != "Active")
            {
                errors.Add(FieldError.Invalid(FieldPath.New("status", "Phase"), phase, "may only be 'Active' if `deletionTimestamp` is empty"));
            }
        }
        else if (phase != "Terminating")
        {
            errors.Add(FieldError.Invalid(FieldPath.New("status", "Phase"), phase, "may only be 'Terminating' if `deletionTimestamp` is not empty"));
        }

        return errors;
    }

    /// <summary>The finalize subresource: each spec finalizer must be a valid finalizer name.</summary>
    public static FieldErrorList ValidateNamespaceFinalizeUpdate(Namespace ns, Namespace old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(ns.Metadata, old.Metadata, FieldPath.New("metadata"));
        for (var i = 0; i < (ns.Spec.Finalizers?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateFinalizerName(ns.Spec.Finalizers![i], FieldPath.New("spec", "finalizers").Index(i)));
        }

        return errors;
    }

    public static FieldErrorList ValidateNode(Node node)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(node.Metadata, false, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateNodeTaints(node.Spec.Taints, FieldPath.New("metadata", "taints")));
        errors.AddRange(ValidateNodeResources(node));
        var cidrs = node.Spec.PodCIDRs ?? [];
        var cidrPath = FieldPath.New("spec", "podCIDRs");
        for (var i = 0; i < cidrs.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(cidrs[i], out _))
            {
                errors.Add(FieldError.Invalid(cidrPath.Index(i), cidrs[i], "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
            }
        }

        if (cidrs.Count > 1)
        {
            var families = cidrs.Select(c => c.Contains(':', StringComparison.Ordinal)).Distinct().Count();
            if (families != 2 || cidrs.Count > 2)
            {
                errors.Add(FieldError.Invalid(cidrPath, cidrs, "may specify no more than one CIDR for each IP family"));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < cidrs.Count; i++)
            {
                if (!seen.Add(cidrs[i]))
                {
                    errors.Add(FieldError.Duplicate(cidrPath.Index(i), cidrs[i]));
                }
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateNodeUpdate(Node node, Node old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(node.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateNodeResources(node));
        var addresses = new HashSet<(string, string)>();
        for (var i = 0; i < (node.Status.Addresses?.Count ?? 0); i++)
        {
            var address = node.Status.Addresses![i];
            if (!addresses.Add((address.Type, address.Address)))
            {
                errors.Add(FieldError.Duplicate(FieldPath.New("status", "addresses").Index(i), address));
            }
        }

        var oldCidrs = old.Spec.PodCIDRs ?? [];
        var newCidrs = node.Spec.PodCIDRs ?? [];
        const string CidrMessage = "node updates may not change podCIDR except from \"\" to valid";
        if (oldCidrs.Count > 0)
        {
            if (oldCidrs.Count != newCidrs.Count)
            {
                errors.Add(FieldError.Forbidden(FieldPath.New("spec", "podCIDRs"), CidrMessage));
            }
            else
            {
                for (var i = 0; i < oldCidrs.Count; i++)
                {
                    if (oldCidrs[i] != newCidrs[i])
                    {
                        errors.Add(FieldError.Forbidden(FieldPath.New("spec", "podCIDRs"), CidrMessage));
                    }
                }
            }
        }

        if (!string.IsNullOrEmpty(old.Spec.ProviderID) && old.Spec.ProviderID != node.Spec.ProviderID)
        {
            errors.Add(FieldError.Forbidden(FieldPath.New("spec", "providerID"), "node updates may not change providerID except from \"\" to valid"));
        }

        errors.AddRange(ValidateNodeTaints(node.Spec.Taints, FieldPath.New("metadata", "taints")));
        if (node.Spec.DoNotUseExternalID != old.Spec.DoNotUseExternalID)
        {
            errors.Add(FieldError.Forbidden(FieldPath.New("spec", "externalID"), "may not be updated"));
        }

        return errors;
    }

    private static FieldErrorList ValidateNodeResources(Node node)
    {
        var errors = new FieldErrorList();
        foreach (var (name, quantity) in Sorted(node.Status.Capacity))
        {
            errors.AddRange(ValidateResourceQuantityValue(name, quantity, FieldPath.New("status", "capacity", name)));
        }

        foreach (var (name, quantity) in Sorted(node.Status.Allocatable))
        {
            errors.AddRange(ValidateResourceQuantityValue(name, quantity, FieldPath.New("status", "allocatable", name)));
        }

        return errors;
    }

    private static FieldErrorList ValidateFinalizerName(string name, FieldPath path)
    {
        var errors = FromMessages(Formats.IsQualifiedName(name), path, name);
        if (!name.Contains('/', StringComparison.Ordinal) && name is not ("kubernetes" or "orphan" or "foregroundDeletion"))
        {
            errors.Add(FieldError.Invalid(path, name, "name is neither a standard finalizer name nor is it fully qualified"));
        }

        return errors;
    }

    private static void ValidateJsonKey(Dictionary<string, byte[]> data, string key, FieldPath dataPath, FieldErrorList errors)
    {
        if (!data.TryGetValue(key, out var bytes))
        {
            errors.Add(FieldError.Required(dataPath.Key(key)));
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(FieldError.Invalid(dataPath.Key(key), "<secret contents redacted>", "json: cannot unmarshal " + GoJsonKind(document.RootElement.ValueKind) + " into Go value of type map[string]interface {}"));
            }
        }
        catch (JsonException)
        {
            errors.Add(FieldError.Invalid(dataPath.Key(key), "<secret contents redacted>", "invalid character in JSON input"));
        }
    }

    private static string GoJsonKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "null",
    };

    private static bool MapEquals<T>(Dictionary<string, T>? left, Dictionary<string, T>? right, Func<T, T, bool> equals)
    {
        left ??= [];
        right ??= [];
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !equals(value, other))
            {
                return false;
            }
        }

        return true;
    }
}
