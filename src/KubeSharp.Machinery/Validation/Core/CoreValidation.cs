using System.Globalization;
using System.Net;
using KubeSharp.Api;
using KubeSharp.Api.Core.V1;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Validation.Core;

/// <summary>
/// Checks shared by the core/v1 validators (pkg/apis/core/validation in upstream): ports, paths, resource
/// names and quantities, IPs, tolerations, node and pod affinity. Messages are upstream's. Maps are visited in
/// key order so the error order is deterministic (upstream's is Go map order).
/// </summary>
public static class CoreValidation
{
    public const string IsNotIntegerErrorMsg = "must be an integer";
    public const string IsNotPositiveErrorMsg = "must be greater than zero";
    public const string FileModeErrorMsg = "must be a number between 0 and 0777 (octal), both inclusive";
    public const string InvalidIPMessage = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

    internal static readonly string[] SupportedPortProtocols = ["SCTP", "TCP", "UDP"];

    private static readonly HashSet<string> StandardResources =
    [
        "cpu", "memory", "ephemeral-storage", "requests.cpu", "requests.memory", "requests.ephemeral-storage",
        "limits.cpu", "limits.memory", "limits.ephemeral-storage", "pods", "resourcequotas", "services",
        "replicationcontrollers", "secrets", "persistentvolumeclaims", "configmaps", "services.nodeports",
        "services.loadbalancers", "requests.storage",
    ];

    private static readonly HashSet<string> IntegerResources =
    [
        "pods", "resourcequotas", "services", "replicationcontrollers", "secrets", "configmaps",
        "persistentvolumeclaims", "services.nodeports", "services.loadbalancers",
    ];

    /// <summary>A DNS-1123 label at <paramref name="path"/>.</summary>
    public static FieldErrorList ValidateDNS1123Label(string value, FieldPath path) => FromMessages(Formats.IsDNS1123Label(value), path, value);

    /// <summary>A DNS-1123 subdomain at <paramref name="path"/>.</summary>
    public static FieldErrorList ValidateDNS1123Subdomain(string value, FieldPath path) => FromMessages(Formats.IsDNS1123Subdomain(value), path, value);

    /// <summary>A qualified name at <paramref name="path"/>.</summary>
    public static FieldErrorList ValidateQualifiedName(string value, FieldPath path) => FromMessages(Formats.IsQualifiedName(value), path, value);

    /// <summary>A name checked by one of the <see cref="NameValidation"/> functions.</summary>
    public static FieldErrorList ValidateName(string value, Func<string, bool, List<string>> nameFn, FieldPath path) => FromMessages(nameFn(value, false), path, value);

    /// <summary>A port number (1-65535) or an IANA service name.</summary>
    public static FieldErrorList ValidatePortNumOrName(IntOrString port, FieldPath path) =>
        port.IsString
            ? FromMessages(Formats.IsValidPortName(port.StringValue), path, port.StringValue)
            : FromMessages(Formats.IsValidPortNum(port.IntValue), path, port.IntValue);

    /// <summary>Not absolute and without <c>..</c> elements (upstream's validateLocalDescendingPath).</summary>
    public static FieldErrorList ValidateLocalDescendingPath(string targetPath, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (targetPath.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path, targetPath, "must be a relative path"));
        }

        errors.AddRange(ValidatePathNoBacksteps(targetPath, path));
        return errors;
    }

    public static FieldErrorList ValidatePathNoBacksteps(string targetPath, FieldPath path) =>
        targetPath.Split('/').Contains("..") ? [FieldError.Invalid(path, targetPath, "must not contain '..'")] : [];

    /// <summary>A descending path that also may not start with <c>..</c>.</summary>
    public static FieldErrorList ValidateLocalNonReservedPath(string targetPath, FieldPath path)
    {
        var errors = ValidateLocalDescendingPath(targetPath, path);
        if (targetPath.StartsWith("..", StringComparison.Ordinal) && !targetPath.StartsWith("../", StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid(path, targetPath, "must not start with '..'"));
        }

        return errors;
    }

    /// <summary>An IPv4 or IPv6 address without zone.</summary>
    public static FieldErrorList ValidateIP(string value, FieldPath path) =>
        IsValidIP(value) ? [] : [FieldError.Invalid(path, value, InvalidIPMessage)];

    public static bool IsValidIP(string value) =>
        value.Length > 0 && !value.Contains('%', StringComparison.Ordinal) && IPAddress.TryParse(value, out var address)
        && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || value.Count(c => c == '.') == 3);

    public static FieldErrorList ValidateNonnegativeQuantity(Quantity value, FieldPath path) =>
        value.Sign < 0 ? [FieldError.Invalid(path, value.ToString(), ObjectMetaValidation.IsNegativeErrorMsg)] : [];

    /// <summary>Non-negative, and whole for integer resources.</summary>
    public static FieldErrorList ValidateResourceQuantityValue(string resource, Quantity value, FieldPath path)
    {
        var errors = ValidateNonnegativeQuantity(value, path);
        if (IsIntegerResourceName(resource) && value.MilliValue() % 1000 != 0)
        {
            errors.Add(FieldError.Invalid(path, value.ToString(), IsNotIntegerErrorMsg));
        }

        return errors;
    }

    /// <summary>A resource name usable in a container's requests and limits.</summary>
    public static FieldErrorList ValidateContainerResourceName(string name, FieldPath path)
    {
        var errors = ValidateResourceName(name, path);
        if (!name.Contains('/', StringComparison.Ordinal))
        {
            if (!IsStandardContainerResourceName(name))
            {
                errors.Add(FieldError.Invalid(path, name, "must be a standard resource for containers"));
            }
        }
        else if (!IsNativeResource(name) && !IsExtendedResourceName(name))
        {
            errors.Add(FieldError.Invalid(path, name, "doesn't follow extended resource name standard"));
        }

        return errors;
    }

    public static FieldErrorList ValidateResourceName(string name, FieldPath path)
    {
        var errors = FromMessages(Formats.IsQualifiedName(name), path, name);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (!name.Contains('/', StringComparison.Ordinal) && !IsStandardResourceName(name))
        {
            errors.Add(FieldError.Invalid(path, name, "must be a standard resource type or fully qualified"));
        }

        return errors;
    }

    /// <summary>
    /// Container (or pod-level) requests and limits: valid names and quantities, requests not above limits,
    /// non-overcommittable resources with equal request and limit, hugepages only with cpu or memory.
    /// </summary>
    public static FieldErrorList ValidateResourceRequirements(ResourceRequirements? requirements, FieldPath path, IReadOnlySet<string>? podClaimNames = null)
    {
        var errors = new FieldErrorList();
        if (requirements is null)
        {
            return errors;
        }

        var limitsPath = path.Child("limits");
        var requestsPath = path.Child("requests");
        bool limitsCpuOrMemory = false, requestsCpuOrMemory = false, limitsHugePages = false, requestsHugePages = false;
        foreach (var (name, quantity) in Sorted(requirements.Limits))
        {
            var entryPath = limitsPath.Key(name);
            errors.AddRange(ValidateContainerResourceName(name, entryPath));
            errors.AddRange(ValidateResourceQuantityValue(name, quantity, entryPath));
            limitsHugePages |= IsHugePageResourceName(name);
            limitsCpuOrMemory |= name is "cpu" or "memory";
        }

        foreach (var (name, quantity) in Sorted(requirements.Requests))
        {
            var entryPath = requestsPath.Key(name);
            errors.AddRange(ValidateContainerResourceName(name, entryPath));
            errors.AddRange(ValidateResourceQuantityValue(name, quantity, entryPath));
            if (requirements.Limits is not null && requirements.Limits.TryGetValue(name, out var limit))
            {
                if (quantity.Cmp(limit) != 0 && !IsOvercommitAllowed(name))
                {
                    errors.Add(FieldError.Invalid(requestsPath, quantity.ToString(), $"must be equal to {name} limit of {limit}"));
                }
                else if (quantity.Cmp(limit) > 0)
                {
                    errors.Add(FieldError.Invalid(requestsPath, quantity.ToString(), $"must be less than or equal to {name} limit of {limit}"));
                }
            }
            else if (!IsOvercommitAllowed(name))
            {
                errors.Add(FieldError.Required(limitsPath, "Limit must be set for non overcommitable resources"));
            }

            requestsHugePages |= IsHugePageResourceName(name);
            requestsCpuOrMemory |= name is "cpu" or "memory";
        }

        if (!limitsCpuOrMemory && !requestsCpuOrMemory && (requestsHugePages || limitsHugePages))
        {
            errors.Add(FieldError.Forbidden(path, "HugePages require cpu or memory"));
        }

        errors.AddRange(ValidateResourceClaimNames(requirements.Claims, podClaimNames ?? new HashSet<string>(), path.Child("claims")));
        return errors;
    }

    private static FieldErrorList ValidateResourceClaimNames(List<ResourceClaim>? claims, IReadOnlySet<string> podClaimNames, FieldPath path)
    {
        var errors = new FieldErrorList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (claims?.Count ?? 0); i++)
        {
            var claim = claims![i];
            if (claim.Name.Length == 0)
            {
                errors.Add(FieldError.Required(path.Index(i)));
                continue;
            }

            if (names.Contains(claim.Name))
            {
                errors.Add(FieldError.Duplicate(path.Index(i), claim.Name));
            }
            else
            {
                var key = claim.Name;
                if (!string.IsNullOrEmpty(claim.Request))
                {
                    errors.AddRange(ValidateDNS1123Label(claim.Request, path.Index(i).Child("request")));
                    key += "/" + claim.Request;
                }

                if (names.Contains(key))
                {
                    errors.Add(FieldError.Duplicate(path.Index(i), key));
                }
                else if (string.IsNullOrEmpty(claim.Request))
                {
                    foreach (var existing in names.Order(StringComparer.Ordinal))
                    {
                        var slash = existing.IndexOf('/', StringComparison.Ordinal);
                        if (slash >= 0 && existing[..slash] == claim.Name)
                        {
                            errors.Add(FieldError.Duplicate(path.Index(i), claim.Name));
                        }
                    }
                }

                names.Add(key);
            }

            if (!podClaimNames.Contains(claim.Name))
            {
                var detail = "must be one of the names in pod.spec.resourceClaims" + (podClaimNames.Count == 0
                    ? " which is empty"
                    : ": " + string.Join(", ", podClaimNames.Order(StringComparer.Ordinal)));
                errors.Add(new FieldError(FieldErrorType.NotFound, path.Index(i).ToString(), claim.Name, detail));
            }
        }

        return errors;
    }

    /// <summary>Tolerations: key, operator/value shape, effect, tolerationSeconds only with NoExecute.</summary>
    public static FieldErrorList ValidateTolerations(IReadOnlyList<Toleration>? tolerations, FieldPath path)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (tolerations?.Count ?? 0); i++)
        {
            var toleration = tolerations![i];
            var itemPath = path.Index(i);
            var key = toleration.Key ?? "";
            var op = toleration.Operator ?? "";
            var value = toleration.Value ?? "";
            var effect = toleration.Effect ?? "";
            if (key.Length > 0)
            {
                errors.AddRange(LabelSelectors.ValidateLabelName(key, itemPath.Child("key")));
            }

            if (key.Length == 0 && op != "Exists")
            {
                errors.Add(FieldError.Invalid(itemPath.Child("operator"), op, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (toleration.TolerationSeconds is not null && effect != "NoExecute")
            {
                errors.Add(FieldError.Invalid(itemPath.Child("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }

            switch (op)
            {
                case "Equal" or "":
                    var messages = Formats.IsValidLabelValue(value);
                    if (messages.Count > 0)
                    {
                        errors.Add(FieldError.Invalid(itemPath.Child("operator"), value, string.Join(";", messages)));
                    }

                    break;
                case "Exists":
                    if (value.Length > 0)
                    {
                        errors.Add(FieldError.Invalid(itemPath.Child("operator"), value, "value must be empty when `operator` is 'Exists'"));
                    }

                    break;
                default:
                    errors.Add(FieldError.NotSupported(itemPath.Child("operator"), op, ["Equal", "Exists"]));
                    break;
            }

            if (effect.Length > 0)
            {
                errors.AddRange(ValidateTaintEffect(effect, true, itemPath.Child("effect")));
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateTaintEffect(string effect, bool allowEmpty, FieldPath path)
    {
        if (!allowEmpty && effect.Length == 0)
        {
            return [FieldError.Required(path)];
        }

        return effect is "NoSchedule" or "PreferNoSchedule" or "NoExecute"
            ? []
            : [FieldError.NotSupported(path, effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"])];
    }

    /// <summary>Node taints: key, value, effect, and unique per (key, effect).</summary>
    public static FieldErrorList ValidateNodeTaints(IReadOnlyList<Taint>? taints, FieldPath path)
    {
        var errors = new FieldErrorList();
        var unique = new HashSet<(string, string)>();
        for (var i = 0; i < (taints?.Count ?? 0); i++)
        {
            var taint = taints![i];
            var itemPath = path.Index(i);
            errors.AddRange(LabelSelectors.ValidateLabelName(taint.Key, itemPath.Child("key")));
            var messages = Formats.IsValidLabelValue(taint.Value ?? "");
            if (messages.Count > 0)
            {
                errors.Add(FieldError.Invalid(itemPath.Child("value"), taint.Value ?? "", string.Join(";", messages)));
            }

            errors.AddRange(ValidateTaintEffect(taint.Effect, false, itemPath.Child("effect")));
            if (!unique.Add((taint.Effect, taint.Key)))
            {
                errors.Add(new FieldError(FieldErrorType.Duplicate, itemPath.ToString(), taint, "taints must be unique by key and effect pair"));
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateAffinity(Affinity? affinity, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (affinity is null)
        {
            return errors;
        }

        if (affinity.NodeAffinity is { } node)
        {
            var nodePath = path.Child("nodeAffinity");
            if (node.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
            {
                errors.AddRange(ValidateNodeSelector(required, false, nodePath.Child("requiredDuringSchedulingIgnoredDuringExecution")));
            }

            var preferred = node.PreferredDuringSchedulingIgnoredDuringExecution ?? [];
            for (var i = 0; i < preferred.Count; i++)
            {
                var termPath = nodePath.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i);
                if (preferred[i].Weight is <= 0 or > 100)
                {
                    errors.Add(FieldError.Invalid(termPath.Child("weight"), preferred[i].Weight, "must be in the range 1-100"));
                }

                errors.AddRange(ValidateNodeSelectorTerm(preferred[i].Preference, true, termPath.Child("preference")));
            }
        }

        if (affinity.PodAffinity is { } podAffinity)
        {
            errors.AddRange(ValidatePodAffinityTerms(podAffinity.RequiredDuringSchedulingIgnoredDuringExecution, podAffinity.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAffinity")));
        }

        if (affinity.PodAntiAffinity is { } antiAffinity)
        {
            errors.AddRange(ValidatePodAffinityTerms(antiAffinity.RequiredDuringSchedulingIgnoredDuringExecution, antiAffinity.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAntiAffinity")));
        }

        return errors;
    }

    public static FieldErrorList ValidateNodeSelector(NodeSelector selector, bool allowInvalidLabelValue, FieldPath path)
    {
        var termsPath = path.Child("nodeSelectorTerms");
        if (selector.NodeSelectorTerms.Count == 0)
        {
            return [FieldError.Required(termsPath, "must have at least one node selector term")];
        }

        var errors = new FieldErrorList();
        for (var i = 0; i < selector.NodeSelectorTerms.Count; i++)
        {
            errors.AddRange(ValidateNodeSelectorTerm(selector.NodeSelectorTerms[i], allowInvalidLabelValue, termsPath.Index(i)));
        }

        return errors;
    }

    public static FieldErrorList ValidateNodeSelectorTerm(NodeSelectorTerm term, bool allowInvalidLabelValue, FieldPath path)
    {
        var errors = new FieldErrorList();
        for (var j = 0; j < (term.MatchExpressions?.Count ?? 0); j++)
        {
            errors.AddRange(ValidateNodeSelectorRequirement(term.MatchExpressions![j], allowInvalidLabelValue, path.Child("matchExpressions").Index(j)));
        }

        for (var j = 0; j < (term.MatchFields?.Count ?? 0); j++)
        {
            var requirement = term.MatchFields![j];
            var fieldPath = path.Child("matchFields").Index(j);
            var values = requirement.Values ?? [];
            if (requirement.Operator is "In" or "NotIn")
            {
                if (values.Count != 1)
                {
                    errors.Add(FieldError.Required(fieldPath.Child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
                }
            }
            else
            {
                errors.Add(FieldError.Invalid(fieldPath.Child("operator"), requirement.Operator, "not a valid selector operator"));
            }

            if (requirement.Key != "metadata.name")
            {
                errors.Add(FieldError.Invalid(fieldPath.Child("key"), requirement.Key, "not a valid field selector key"));
            }
            else
            {
                for (var i = 0; i < values.Count; i++)
                {
                    errors.AddRange(ValidateName(values[i], NameValidation.NameIsDNSSubdomain, fieldPath.Child("values").Index(i)));
                }
            }
        }

        return errors;
    }

    public static FieldErrorList ValidateNodeSelectorRequirement(NodeSelectorRequirement requirement, bool allowInvalidLabelValue, FieldPath path)
    {
        var errors = new FieldErrorList();
        var values = requirement.Values ?? [];
        switch (requirement.Operator)
        {
            case "In" or "NotIn":
                if (values.Count == 0)
                {
                    errors.Add(FieldError.Required(path.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                }

                break;
            case "Exists" or "DoesNotExist":
                if (values.Count > 0)
                {
                    errors.Add(FieldError.Forbidden(path.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }

                break;
            case "Gt" or "Lt":
                if (values.Count != 1)
                {
                    errors.Add(FieldError.Required(path.Child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                }

                break;
            default:
                errors.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator, "not a valid selector operator"));
                break;
        }

        errors.AddRange(LabelSelectors.ValidateLabelName(requirement.Key, path.Child("key")));
        if (!allowInvalidLabelValue)
        {
            for (var i = 0; i < values.Count; i++)
            {
                errors.AddRange(FromMessages(Formats.IsValidLabelValue(values[i]), path.Child("values").Index(i), values[i]));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidatePodAffinityTerms(List<PodAffinityTerm>? required, List<WeightedPodAffinityTerm>? preferred, FieldPath path)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (required?.Count ?? 0); i++)
        {
            errors.AddRange(ValidatePodAffinityTerm(required![i], path.Child("requiredDuringSchedulingIgnoredDuringExecution").Index(i)));
        }

        for (var j = 0; j < (preferred?.Count ?? 0); j++)
        {
            var termPath = path.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(j);
            if (preferred![j].Weight is <= 0 or > 100)
            {
                errors.Add(FieldError.Invalid(termPath.Child("weight"), preferred[j].Weight, "must be in the range 1-100"));
            }

            errors.AddRange(ValidatePodAffinityTerm(preferred[j].PodAffinityTerm, termPath.Child("podAffinityTerm")));
        }

        return errors;
    }

    private static FieldErrorList ValidatePodAffinityTerm(PodAffinityTerm term, FieldPath path)
    {
        var errors = new FieldErrorList();
        errors.AddRange(LabelSelectors.Validate(term.LabelSelector, path.Child("labelSelector")));
        errors.AddRange(LabelSelectors.Validate(term.NamespaceSelector, path.Child("namespaceSelector")));
        foreach (var name in term.Namespaces ?? [])
        {
            errors.AddRange(ValidateName(name, NameValidation.NameIsDNSLabel, path.Child("namespace")));
        }

        if (term.TopologyKey.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("topologyKey"), "can not be empty"));
        }

        errors.AddRange(LabelSelectors.ValidateLabelName(term.TopologyKey, path.Child("topologyKey")));
        return errors;
    }

    internal static bool IsHugePageResourceName(string name) => name.StartsWith("hugepages-", StringComparison.Ordinal);

    internal static bool IsStandardContainerResourceName(string name) =>
        name is "cpu" or "memory" or "ephemeral-storage" || IsHugePageResourceName(name);

    internal static bool IsStandardResourceName(string name) =>
        StandardResources.Contains(name) || IsHugePageResourceName(name) || name.StartsWith("requests.hugepages-", StringComparison.Ordinal);

    internal static bool IsNativeResource(string name) =>
        !name.Contains('/', StringComparison.Ordinal) || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    internal static bool IsExtendedResourceName(string name) =>
        !IsNativeResource(name) && !name.StartsWith("requests.", StringComparison.Ordinal) && Formats.IsQualifiedName("requests." + name).Count == 0;

    internal static bool IsOvercommitAllowed(string name) => IsNativeResource(name) && !IsHugePageResourceName(name);

    internal static bool IsIntegerResourceName(string name) => IntegerResources.Contains(name) || IsExtendedResourceName(name);

    internal static FieldErrorList FromMessages(List<string> messages, FieldPath path, object? value)
    {
        var errors = new FieldErrorList();
        foreach (var message in messages)
        {
            errors.Add(FieldError.Invalid(path, value, message));
        }

        return errors;
    }

    internal static IEnumerable<KeyValuePair<string, T>> Sorted<T>(Dictionary<string, T>? map) =>
        map is null ? [] : map.OrderBy(e => e.Key, StringComparer.Ordinal);

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
