using System.Globalization;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Internal;
using static KubeSharp.Machinery.Validation.Core.CoreValidation;

namespace KubeSharp.Machinery.Validation.Core;

/// <summary>Switches of upstream's PodValidationOptions that KubeSharp honours.</summary>
public sealed record PodValidationOptions
{
    /// <summary>The object is a Pod rather than a template embedded in a workload.</summary>
    public bool ResourceIsPod { get; init; }

    public bool AllowRelaxedEnvironmentVariableValidation { get; init; }

    public bool AllowInvalidLabelValueInSelector { get; init; }

    public bool AllowPodLifecycleSleepActionZeroValue { get; init; } = true;

    public bool AllowInvalidPodDeletionCost { get; init; }
}

/// <summary>
/// Pod and pod-template validation (upstream's ValidatePodCreate, ValidatePodUpdate, ValidatePodSpec and
/// helpers) over defaulted core/v1 objects, with upstream's field paths and messages. Security contexts,
/// sysctls, seccomp/AppArmor annotations, the inner checks of cloud and network volume sources, and the
/// pod-level resources feature are not validated.
/// </summary>
public static class PodValidation
{
    public const string MirrorPodAnnotationKey = "kubernetes.io/config.mirror";
    public const string PodDeletionCostAnnotationKey = "controller.kubernetes.io/pod-deletion-cost";

    private static readonly string[] UpdatablePodSpecFields =
    [
        "`spec.containers[*].image`",
        "`spec.initContainers[*].image`",
        "`spec.activeDeadlineSeconds`",
        "`spec.tolerations` (only additions to existing tolerations)",
        "`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)",
    ];

    private static readonly string[] EnvFieldPaths =
        ["metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];

    private static readonly string[] VolumeFieldPaths = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];

    private static readonly string[] ResourceFieldPaths =
        ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];

    /// <summary>A pod being created.</summary>
    public static FieldErrorList ValidatePodCreate(Pod pod, PodValidationOptions? options = null)
    {
        options = (options ?? new PodValidationOptions()) with { ResourceIsPod = true };
        var errors = ValidatePodMetadataAndSpec(pod, options);
        var specPath = FieldPath.New("spec");
        if (pod.Spec.EphemeralContainers is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(specPath.Child("ephemeralContainers"), "cannot be set on create"));
        }

        if (!string.IsNullOrEmpty(pod.Spec.NodeName) && pod.Spec.SchedulingGates is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(specPath.Child("nodeName"), "cannot be set until all schedulingGates have been cleared"));
        }

        return errors;
    }

    /// <summary>
    /// A pod update by an end user: metadata rules, then only images, activeDeadlineSeconds (downwards),
    /// added tolerations, removed scheduling gates and a negative grace period raised to 1 may change.
    /// </summary>
    public static FieldErrorList ValidatePodUpdate(Pod newPod, Pod oldPod, PodValidationOptions? options = null)
    {
        options = (options ?? new PodValidationOptions()) with { ResourceIsPod = true };
        var metaPath = FieldPath.New("metadata");
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(newPod.Metadata, oldPod.Metadata, metaPath);
        errors.AddRange(ValidatePodMetadataAndSpec(newPod, options));
        errors.AddRange(ValidatePodSpecificAnnotationUpdates(newPod, oldPod, metaPath.Child("annotations"), options));
        var specPath = FieldPath.New("spec");

        if (ValidateContainerUpdates(newPod.Spec.Containers, oldPod.Spec.Containers, specPath.Child("containers"), errors)
            || ValidateContainerUpdates(newPod.Spec.InitContainers ?? [], oldPod.Spec.InitContainers ?? [], specPath.Child("initContainers"), errors))
        {
            return errors;
        }

        if (newPod.Spec.ActiveDeadlineSeconds is { } newDeadline)
        {
            if (newDeadline is < 0 or > int.MaxValue)
            {
                errors.Add(FieldError.Invalid(specPath.Child("activeDeadlineSeconds"), newDeadline, Formats.InclusiveRangeError(0, int.MaxValue)));
                return errors;
            }

            if (oldPod.Spec.ActiveDeadlineSeconds is { } oldDeadline && oldDeadline < newDeadline)
            {
                errors.Add(FieldError.Invalid(specPath.Child("activeDeadlineSeconds"), newDeadline, "must be less than or equal to previous value"));
                return errors;
            }
        }
        else if (oldPod.Spec.ActiveDeadlineSeconds is not null)
        {
            errors.Add(FieldError.Invalid(specPath.Child("activeDeadlineSeconds"), null, "must not update from a positive integer to nil value"));
        }

        errors.AddRange(ValidateOnlyAddedTolerations(newPod.Spec.Tolerations, oldPod.Spec.Tolerations, specPath.Child("tolerations")));
        errors.AddRange(ValidateOnlyDeletedSchedulingGates(newPod.Spec.SchedulingGates, oldPod.Spec.SchedulingGates, specPath.Child("schedulingGates")));

        var oldSpec = SpecTree(oldPod.Spec);
        if (SemanticEquals(SpecTree(newPod.Spec), oldSpec))
        {
            return errors;
        }

        var munged = Clone(newPod.Spec);
        for (var i = 0; i < munged.Containers.Count; i++)
        {
            munged.Containers[i].Image = oldPod.Spec.Containers[i].Image;
        }

        for (var i = 0; i < (munged.InitContainers?.Count ?? 0); i++)
        {
            munged.InitContainers![i].Image = oldPod.Spec.InitContainers![i].Image;
        }

        munged.ActiveDeadlineSeconds = oldPod.Spec.ActiveDeadlineSeconds;
        munged.SchedulingGates = oldPod.Spec.SchedulingGates;
        munged.Tolerations = oldPod.Spec.Tolerations;
        if (oldPod.Spec.TerminationGracePeriodSeconds is < 0 && munged.TerminationGracePeriodSeconds == 1)
        {
            munged.TerminationGracePeriodSeconds = oldPod.Spec.TerminationGracePeriodSeconds;
        }

        if (oldPod.Spec.SchedulingGates is { Count: > 0 })
        {
            // Gated pods may gain node selector entries and node affinity; KubeSharp accepts such changes
            // without upstream's finer mutation checks.
            munged.NodeSelector = oldPod.Spec.NodeSelector;
            if (munged.Affinity is not null || oldPod.Spec.Affinity?.NodeAffinity is not null)
            {
                munged.Affinity ??= new Affinity();
                munged.Affinity.NodeAffinity = oldPod.Spec.Affinity?.NodeAffinity;
            }
        }

        if (!SemanticEquals(SpecTree(munged), oldSpec))
        {
            errors.Add(FieldError.Forbidden(specPath, "pod updates may not change fields other than " + string.Join(",", UpdatablePodSpecFields)));
        }

        return errors;
    }

    /// <summary>A pod template (as embedded in workloads): labels, annotations and the spec.</summary>
    public static FieldErrorList ValidatePodTemplateSpec(PodTemplateSpec template, FieldPath path, PodValidationOptions? options = null)
    {
        options ??= new PodValidationOptions();
        var errors = new FieldErrorList();
        var metaPath = path.Child("metadata");
        errors.AddRange(ObjectMetaValidation.ValidateLabels(template.Metadata.Labels, metaPath.Child("labels")));
        errors.AddRange(ObjectMetaValidation.ValidateAnnotations(template.Metadata.Annotations, metaPath.Child("annotations")));
        errors.AddRange(ValidatePodSpecificAnnotations(template.Metadata.Annotations, template.Spec, metaPath.Child("annotations"), options));
        errors.AddRange(ValidatePodSpec(template.Spec, null, path.Child("spec"), options));
        if (template.Spec.EphemeralContainers is { Count: > 0 })
        {
            errors.Add(FieldError.Forbidden(path.Child("spec", "ephemeralContainers"), "ephemeral containers not allowed in pod template"));
        }

        return errors;
    }

    /// <summary>A pod spec (upstream's ValidatePodSpec). <paramref name="podMeta"/> is the pod's metadata, if any.</summary>
    public static FieldErrorList ValidatePodSpec(PodSpec spec, ObjectMeta? podMeta, FieldPath path, PodValidationOptions? options = null)
    {
        options ??= new PodValidationOptions();
        var errors = new FieldErrorList();
        if (spec.TerminationGracePeriodSeconds is null)
        {
            errors.Add(FieldError.Required(path.Child("terminationGracePeriodSeconds")));
        }

        var gracePeriod = spec.TerminationGracePeriodSeconds;
        var volumes = ValidateVolumes(spec.Volumes, podMeta, path.Child("volumes"), errors);
        var claimNames = spec.ResourceClaims?.Where(c => c.Name.Length > 0).Select(c => c.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        errors.AddRange(ValidatePodResourceClaims(spec.ResourceClaims, path.Child("resourceClaims")));
        var restartPolicy = spec.RestartPolicy ?? "";
        errors.AddRange(ValidateContainers(spec.Containers, volumes, claimNames, gracePeriod, path.Child("containers"), options, restartPolicy));
        errors.AddRange(ValidateInitContainers(spec.InitContainers, spec.Containers, volumes, claimNames, gracePeriod, path.Child("initContainers"), options, restartPolicy));
        errors.AddRange(ValidateEphemeralContainers(spec, volumes, claimNames, path.Child("ephemeralContainers"), options, restartPolicy));
        errors.AddRange(ValidateHostNetworkDeps(spec, path, options));
        errors.AddRange(ValidateRestartPolicy(restartPolicy, path.Child("restartPolicy")));
        errors.AddRange(ValidateDNSPolicy(spec.DNSPolicy ?? "", path.Child("dnsPolicy")));
        errors.AddRange(ObjectMetaValidation.ValidateLabels(spec.NodeSelector, path.Child("nodeSelector")));
        errors.AddRange(ValidateAffinity(spec.Affinity, path.Child("affinity")));
        errors.AddRange(ValidateDNSConfig(spec.DNSConfig, spec.DNSPolicy ?? "", path.Child("dnsConfig")));
        for (var i = 0; i < (spec.ReadinessGates?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateQualifiedName(spec.ReadinessGates![i].ConditionType, path.Child("readinessGates").Index(i).Child("conditionType")));
        }

        var gates = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (spec.SchedulingGates?.Count ?? 0); i++)
        {
            var gate = spec.SchedulingGates![i].Name;
            errors.AddRange(ValidateQualifiedName(gate, path.Child("schedulingGates").Index(i)));
            if (!gates.Add(gate))
            {
                errors.Add(FieldError.Duplicate(path.Child("schedulingGates").Index(i), gate));
            }
        }

        errors.AddRange(ValidateTopologySpreadConstraints(spec.TopologySpreadConstraints, path.Child("topologySpreadConstraints"), options));
        if (!string.IsNullOrEmpty(spec.ServiceAccountName))
        {
            errors.AddRange(ValidateName(spec.ServiceAccountName, NameValidation.NameIsDNSSubdomain, path.Child("serviceAccountName")));
        }

        if (!string.IsNullOrEmpty(spec.NodeName))
        {
            errors.AddRange(ValidateName(spec.NodeName, NameValidation.NameIsDNSSubdomain, path.Child("nodeName")));
        }

        if (spec.ActiveDeadlineSeconds is { } deadline && deadline is < 1 or > int.MaxValue)
        {
            errors.Add(FieldError.Invalid(path.Child("activeDeadlineSeconds"), deadline, Formats.InclusiveRangeError(1, int.MaxValue)));
        }

        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            errors.AddRange(ValidateDNS1123Label(spec.Hostname, path.Child("hostname")));
        }

        if (!string.IsNullOrEmpty(spec.Subdomain))
        {
            errors.AddRange(ValidateDNS1123Label(spec.Subdomain, path.Child("subdomain")));
        }

        errors.AddRange(ValidateTolerations(spec.Tolerations, path.Child("tolerations")));
        for (var i = 0; i < (spec.HostAliases?.Count ?? 0); i++)
        {
            var alias = spec.HostAliases![i];
            errors.AddRange(ValidateIP(alias.IP, path.Child("hostAliases").Index(i).Child("ip")));
            for (var j = 0; j < (alias.Hostnames?.Count ?? 0); j++)
            {
                errors.AddRange(ValidateDNS1123Subdomain(alias.Hostnames![j], path.Child("hostAliases").Index(i).Child("hostnames").Index(j)));
            }
        }

        if (!string.IsNullOrEmpty(spec.PriorityClassName))
        {
            errors.AddRange(ValidateName(spec.PriorityClassName, NameValidation.NameIsDNSSubdomain, path.Child("priorityClassName")));
        }

        if (spec.RuntimeClassName is not null)
        {
            errors.AddRange(ValidateName(spec.RuntimeClassName, NameValidation.NameIsDNSSubdomain, path.Child("runtimeClassName")));
        }

        if (spec.PreemptionPolicy is { } preemption)
        {
            if (preemption.Length == 0)
            {
                errors.Add(FieldError.Required(path.Child("preemptionPolicy")));
            }
            else if (preemption is not ("PreemptLowerPriority" or "Never"))
            {
                errors.Add(FieldError.NotSupported(path.Child("preemptionPolicy"), preemption, ["PreemptLowerPriority", "Never"]));
            }
        }

        if (spec.Overhead is not null)
        {
            errors.AddRange(ValidateResourceRequirements(new ResourceRequirements { Limits = spec.Overhead }, path.Child("overhead")));
        }

        if (spec.OS is { } os)
        {
            if (os.Name.Length == 0)
            {
                errors.Add(FieldError.Required(path.Child("os", "name"), "cannot be empty"));
            }
            else if (os.Name is not ("linux" or "windows"))
            {
                errors.Add(FieldError.NotSupported(path.Child("os"), os.Name, ["linux", "windows"]));
            }
        }

        return errors;
    }

    /// <summary>Environment variables: names, and exactly one valueFrom source when valueFrom is set.</summary>
    public static FieldErrorList ValidateEnv(IReadOnlyList<EnvVar>? vars, FieldPath path, PodValidationOptions? options = null)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (vars?.Count ?? 0); i++)
        {
            var variable = vars![i];
            var itemPath = path.Index(i);
            if (variable.Name.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("name")));
            }
            else
            {
                var messages = options?.AllowRelaxedEnvironmentVariableValidation == true ? Formats.IsRelaxedEnvVarName(variable.Name) : Formats.IsEnvVarName(variable.Name);
                errors.AddRange(FromMessages(messages, itemPath.Child("name"), variable.Name));
            }

            errors.AddRange(ValidateEnvVarValueFrom(variable, itemPath.Child("valueFrom")));
        }

        return errors;
    }

    /// <summary>Volumes: a DNS-label name, unique, and exactly one valid source. Returns the valid volumes by name.</summary>
    public static Dictionary<string, Volume> ValidateVolumes(IReadOnlyList<Volume>? volumes, ObjectMeta? podMeta, FieldPath path, FieldErrorList errors)
    {
        var valid = new Dictionary<string, Volume>(StringComparer.Ordinal);
        var createdClaims = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(podMeta?.Name))
        {
            foreach (var volume in volumes ?? [])
            {
                if (volume.Ephemeral is not null)
                {
                    createdClaims.Add(podMeta.Name + "-" + volume.Name);
                }
            }
        }

        for (var i = 0; i < (volumes?.Count ?? 0); i++)
        {
            var volume = volumes![i];
            var itemPath = path.Index(i);
            var namePath = itemPath.Child("name");
            var volumeErrors = ValidateVolumeSource(volume, itemPath, volume.Name, podMeta);
            if (volume.Name.Length == 0)
            {
                volumeErrors.Add(FieldError.Required(namePath));
            }
            else
            {
                volumeErrors.AddRange(ValidateDNS1123Label(volume.Name, namePath));
            }

            if (valid.ContainsKey(volume.Name))
            {
                volumeErrors.Add(FieldError.Duplicate(namePath, volume.Name));
            }

            if (volumeErrors.Count == 0)
            {
                valid[volume.Name] = volume;
            }
            else
            {
                errors.AddRange(volumeErrors);
            }

            if (volume.PersistentVolumeClaim is { } claim && createdClaims.Contains(claim.ClaimName))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("persistentVolumeClaim").Child("claimName"), claim.ClaimName, "must not reference a PVC that gets created for an ephemeral volume"));
            }
        }

        return valid;
    }

    private static FieldErrorList ValidatePodMetadataAndSpec(Pod pod, PodValidationOptions options)
    {
        var metaPath = FieldPath.New("metadata");
        var specPath = FieldPath.New("spec");
        var errors = ObjectMetaValidation.ValidateObjectMeta(pod.Metadata, true, NameValidation.NameIsDNSSubdomain, metaPath);
        errors.AddRange(ValidatePodSpecificAnnotations(pod.Metadata.Annotations, pod.Spec, metaPath.Child("annotations"), options));
        errors.AddRange(ValidatePodSpec(pod.Spec, pod.Metadata, specPath, options));
        if (string.IsNullOrEmpty(pod.Spec.ServiceAccountName))
        {
            for (var v = 0; v < (pod.Spec.Volumes?.Count ?? 0); v++)
            {
                var sources = pod.Spec.Volumes![v].Projected?.Sources ?? [];
                for (var s = 0; s < sources.Count; s++)
                {
                    if (sources[s].ServiceAccountToken is not null)
                    {
                        errors.Add(FieldError.Forbidden(specPath.Child("volumes").Index(v).Child("projected").Child("sources").Index(s).Child("serviceAccountToken"), "must not be specified when serviceAccountName is not set"));
                    }
                }
            }
        }

        ValidateImageWhitespace(pod.Spec.Containers.Select(c => c.Image), specPath.Child("containers"), errors);
        ValidateImageWhitespace((pod.Spec.InitContainers ?? []).Select(c => c.Image), specPath.Child("initContainers"), errors);
        return errors;
    }

    private static void ValidateImageWhitespace(IEnumerable<string?> images, FieldPath path, FieldErrorList errors)
    {
        var i = 0;
        foreach (var image in images)
        {
            if (image is not null && image.Length != image.Trim().Length)
            {
                errors.Add(FieldError.Invalid(path.Index(i).Child("image"), image, "must not have leading or trailing whitespace"));
            }

            i++;
        }
    }

    internal static FieldErrorList ValidatePodSpecificAnnotations(Dictionary<string, string>? annotations, PodSpec spec, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        if (annotations is null)
        {
            return errors;
        }

        if (annotations.TryGetValue(MirrorPodAnnotationKey, out var mirror) && string.IsNullOrEmpty(spec.NodeName))
        {
            errors.Add(FieldError.Invalid(path.Key(MirrorPodAnnotationKey), mirror, "must set spec.nodeName if mirror pod annotation is set"));
        }

        if (!options.AllowInvalidPodDeletionCost && annotations.TryGetValue(PodDeletionCostAnnotationKey, out var cost)
            && !int.TryParse(cost, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            errors.Add(FieldError.Invalid(path.Key(PodDeletionCostAnnotationKey), cost, "must be a 32bit integer"));
        }

        return errors;
    }

    private static FieldErrorList ValidatePodSpecificAnnotationUpdates(Pod newPod, Pod oldPod, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        var newAnnotations = newPod.Metadata.Annotations ?? [];
        var oldAnnotations = oldPod.Metadata.Annotations ?? [];
        if (oldAnnotations.TryGetValue(MirrorPodAnnotationKey, out var oldMirror)
            && (!newAnnotations.TryGetValue(MirrorPodAnnotationKey, out var newMirror) || newMirror != oldMirror))
        {
            errors.Add(FieldError.Forbidden(path.Key(MirrorPodAnnotationKey), "may not remove or update mirror pod annotation"));
        }

        if (newAnnotations.ContainsKey(MirrorPodAnnotationKey) && !oldAnnotations.ContainsKey(MirrorPodAnnotationKey))
        {
            errors.Add(FieldError.Forbidden(path.Key(MirrorPodAnnotationKey), "may not add mirror pod annotation"));
        }

        errors.AddRange(ValidatePodSpecificAnnotations(newPod.Metadata.Annotations, newPod.Spec, path, options));
        return errors;
    }

    private static bool ValidateContainerUpdates(List<Container> newContainers, List<Container> oldContainers, FieldPath path, FieldErrorList errors)
    {
        if (newContainers.Count != oldContainers.Count)
        {
            errors.Add(FieldError.Forbidden(path, "pod updates may not add or remove containers"));
            return true;
        }

        for (var i = 0; i < newContainers.Count; i++)
        {
            var image = newContainers[i].Image ?? "";
            if (image.Length == 0)
            {
                errors.Add(FieldError.Required(path.Index(i).Child("image")));
            }

            if (image.Trim().Length != image.Length)
            {
                errors.Add(FieldError.Invalid(path.Index(i).Child("image"), image, "must not have leading or trailing whitespace"));
            }
        }

        return false;
    }

    private static FieldErrorList ValidateOnlyAddedTolerations(List<Toleration>? newTolerations, List<Toleration>? oldTolerations, FieldPath path)
    {
        foreach (var old in oldTolerations ?? [])
        {
            var found = (newTolerations ?? []).Any(t => t.Key == old.Key && (t.Operator ?? "") == (old.Operator ?? "") && t.Value == old.Value && t.Effect == old.Effect);
            if (!found)
            {
                return [FieldError.Forbidden(path, "existing toleration can not be modified except its tolerationSeconds")];
            }
        }

        return ValidateTolerations(newTolerations, path);
    }

    private static FieldErrorList ValidateOnlyDeletedSchedulingGates(List<PodSchedulingGate>? newGates, List<PodSchedulingGate>? oldGates, FieldPath path)
    {
        var errors = new FieldErrorList();
        var old = (oldGates ?? []).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (newGates?.Count ?? 0); i++)
        {
            seen[newGates![i].Name] = i;
        }

        foreach (var (gate, index) in seen.Where(g => !old.Contains(g.Key)).OrderBy(g => g.Value))
        {
            errors.Add(FieldError.Forbidden(path.Index(index).Child("name"), $"only deletion is allowed, but found new scheduling gate '{gate}'"));
        }

        return errors;
    }

    private static FieldErrorList ValidateContainers(List<Container> containers, Dictionary<string, Volume> volumes, IReadOnlySet<string> claimNames, long? gracePeriod, FieldPath path, PodValidationOptions options, string podRestartPolicy)
    {
        if (containers.Count == 0)
        {
            return [FieldError.Required(path)];
        }

        var errors = new FieldErrorList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            var itemPath = path.Index(i);
            errors.AddRange(ValidateContainerCommon(container, volumes, claimNames, itemPath, options, podRestartPolicy));
            if (!names.Add(container.Name))
            {
                errors.Add(FieldError.Duplicate(itemPath.Child("name"), container.Name));
            }

            if (container.Lifecycle is not null)
            {
                errors.AddRange(ValidateLifecycle(container.Lifecycle, gracePeriod, itemPath.Child("lifecycle"), options));
            }

            errors.AddRange(ValidateProbe(container.LivenessProbe, gracePeriod, itemPath.Child("livenessProbe"), options, ProbeKind.Liveness));
            errors.AddRange(ValidateProbe(container.ReadinessProbe, gracePeriod, itemPath.Child("readinessProbe"), options, ProbeKind.Readiness));
            errors.AddRange(ValidateProbe(container.StartupProbe, gracePeriod, itemPath.Child("startupProbe"), options, ProbeKind.Startup));
            if (container.RestartPolicy is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("restartPolicy"), "may not be set for non-init containers"));
            }
        }

        errors.AddRange(CheckHostPortConflicts(containers, path));
        return errors;
    }

    private static FieldErrorList ValidateInitContainers(List<Container>? containers, List<Container> regular, Dictionary<string, Volume> volumes, IReadOnlySet<string> claimNames, long? gracePeriod, FieldPath path, PodValidationOptions options, string podRestartPolicy)
    {
        var errors = new FieldErrorList();
        var names = regular.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < (containers?.Count ?? 0); i++)
        {
            var container = containers![i];
            var itemPath = path.Index(i);
            errors.AddRange(ValidateContainerCommon(container, volumes, claimNames, itemPath, options, podRestartPolicy));
            var restartAlways = false;
            if (container.RestartPolicy is { } restart)
            {
                if (restart != "Always")
                {
                    errors.Add(FieldError.NotSupported(itemPath.Child("restartPolicy"), restart, ["Always"]));
                }

                restartAlways = restart == "Always";
            }

            if (names.Contains(container.Name))
            {
                errors.Add(FieldError.Duplicate(itemPath.Child("name"), container.Name));
            }
            else if (container.Name.Length > 0)
            {
                names.Add(container.Name);
            }

            errors.AddRange(CheckHostPortConflicts([container], path));
            if (restartAlways)
            {
                if (container.Lifecycle is not null)
                {
                    errors.AddRange(ValidateLifecycle(container.Lifecycle, gracePeriod, itemPath.Child("lifecycle"), options));
                }

                errors.AddRange(ValidateProbe(container.LivenessProbe, gracePeriod, itemPath.Child("livenessProbe"), options, ProbeKind.Liveness));
                errors.AddRange(ValidateProbe(container.ReadinessProbe, gracePeriod, itemPath.Child("readinessProbe"), options, ProbeKind.Readiness));
                errors.AddRange(ValidateProbe(container.StartupProbe, gracePeriod, itemPath.Child("startupProbe"), options, ProbeKind.Startup));
            }
            else
            {
                const string Message = "may not be set for init containers without restartPolicy=Always";
                if (container.Lifecycle is not null)
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("lifecycle"), Message));
                }

                if (container.LivenessProbe is not null)
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("livenessProbe"), Message));
                }

                if (container.ReadinessProbe is not null)
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("readinessProbe"), Message));
                }

                if (container.StartupProbe is not null)
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("startupProbe"), Message));
                }
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateEphemeralContainers(PodSpec spec, Dictionary<string, Volume> volumes, IReadOnlySet<string> claimNames, FieldPath path, PodValidationOptions options, string podRestartPolicy)
    {
        var errors = new FieldErrorList();
        var ephemeral = spec.EphemeralContainers ?? [];
        if (ephemeral.Count == 0)
        {
            return errors;
        }

        var other = spec.Containers.Concat(spec.InitContainers ?? []).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var all = new HashSet<string>(other, StringComparer.Ordinal);
        for (var i = 0; i < ephemeral.Count; i++)
        {
            var container = ephemeral[i];
            var itemPath = path.Index(i);
            var asContainer = KubeJson.Deserialize<Container>(KubeJson.SerializeToUtf8Bytes(container))!;
            errors.AddRange(ValidateContainerCommon(asContainer, volumes, claimNames, itemPath, options, podRestartPolicy));
            if (container.Image is { } image && image.Length != image.Trim().Length)
            {
                errors.Add(FieldError.Invalid(itemPath.Child("image"), image, "must not have leading or trailing whitespace"));
            }

            if (!all.Add(container.Name))
            {
                errors.Add(FieldError.Duplicate(itemPath.Child("name"), container.Name));
            }

            if (!string.IsNullOrEmpty(container.TargetContainerName) && !other.Contains(container.TargetContainerName))
            {
                errors.Add(FieldError.NotFound(itemPath.Child("targetContainerName"), container.TargetContainerName));
            }

            const string NotAllowed = "cannot be set for an Ephemeral Container";
            if (container.Ports is { Count: > 0 })
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("ports"), NotAllowed));
            }

            if (container.Resources.Limits is { Count: > 0 } || container.Resources.Requests is { Count: > 0 } || container.Resources.Claims is { Count: > 0 })
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("resources"), NotAllowed));
            }

            if (container.LivenessProbe is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("livenessProbe"), NotAllowed));
            }

            if (container.ReadinessProbe is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("readinessProbe"), NotAllowed));
            }

            if (container.StartupProbe is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("startupProbe"), NotAllowed));
            }

            if (container.Lifecycle is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("lifecycle"), NotAllowed));
            }

            if (container.ResizePolicy is { Count: > 0 })
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("resizePolicy"), NotAllowed));
            }

            if (container.RestartPolicy is not null)
            {
                errors.Add(FieldError.Forbidden(itemPath.Child("restartPolicy"), NotAllowed));
            }

            for (var m = 0; m < (container.VolumeMounts?.Count ?? 0); m++)
            {
                var mount = container.VolumeMounts![m];
                if (!string.IsNullOrEmpty(mount.SubPath))
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("volumeMounts").Index(m).Child("subPath"), NotAllowed));
                }

                if (!string.IsNullOrEmpty(mount.SubPathExpr))
                {
                    errors.Add(FieldError.Forbidden(itemPath.Child("volumeMounts").Index(m).Child("subPathExpr"), NotAllowed));
                }
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateContainerCommon(Container container, Dictionary<string, Volume> volumes, IReadOnlySet<string> claimNames, FieldPath path, PodValidationOptions options, string podRestartPolicy)
    {
        var errors = new FieldErrorList();
        var namePath = path.Child("name");
        if (container.Name.Length == 0)
        {
            errors.Add(FieldError.Required(namePath));
        }
        else
        {
            errors.AddRange(ValidateDNS1123Label(container.Name, namePath));
        }

        if (string.IsNullOrEmpty(container.Image))
        {
            errors.Add(FieldError.Required(path.Child("image")));
        }

        switch (container.TerminationMessagePolicy ?? "")
        {
            case "File" or "FallbackToLogsOnError":
                break;
            case "":
                errors.Add(FieldError.Required(path.Child("terminationMessagePolicy")));
                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("terminationMessagePolicy"), container.TerminationMessagePolicy, ["File", "FallbackToLogsOnError"]));
                break;
        }

        var mounts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mount in container.VolumeMounts ?? [])
        {
            mounts[mount.Name] = mount.MountPath;
        }

        var devices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var device in container.VolumeDevices ?? [])
        {
            devices[device.Name] = device.DevicePath;
        }

        errors.AddRange(ValidateContainerPorts(container.Ports, path.Child("ports")));
        errors.AddRange(ValidateEnv(container.Env, path.Child("env"), options));
        errors.AddRange(ValidateEnvFrom(container.EnvFrom, path.Child("envFrom"), options));
        errors.AddRange(ValidateVolumeMounts(container, devices, volumes, path.Child("volumeMounts")));
        errors.AddRange(ValidateVolumeDevices(container.VolumeDevices, mounts, volumes, path.Child("volumeDevices")));
        errors.AddRange(ValidatePullPolicy(container.ImagePullPolicy ?? "", path.Child("imagePullPolicy")));
        errors.AddRange(ValidateResourceRequirements(container.Resources, path.Child("resources"), claimNames));
        errors.AddRange(ValidateResizePolicy(container.ResizePolicy, path.Child("resizePolicy"), podRestartPolicy));
        return errors;
    }

    private static FieldErrorList ValidateContainerPorts(List<ContainerPort>? ports, FieldPath path)
    {
        var errors = new FieldErrorList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var port = ports![i];
            var itemPath = path.Index(i);
            if (!string.IsNullOrEmpty(port.Name))
            {
                var messages = Formats.IsValidPortName(port.Name);
                if (messages.Count > 0)
                {
                    errors.AddRange(FromMessages(messages, itemPath.Child("name"), port.Name));
                }
                else if (!names.Add(port.Name))
                {
                    errors.Add(FieldError.Duplicate(itemPath.Child("name"), port.Name));
                }
            }

            if (port.Port == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("containerPort")));
            }
            else
            {
                errors.AddRange(FromMessages(Formats.IsValidPortNum(port.Port), itemPath.Child("containerPort"), port.Port));
            }

            if (port.HostPort is { } hostPort and not 0)
            {
                errors.AddRange(FromMessages(Formats.IsValidPortNum(hostPort), itemPath.Child("hostPort"), hostPort));
            }

            if (string.IsNullOrEmpty(port.Protocol))
            {
                errors.Add(FieldError.Required(itemPath.Child("protocol")));
            }
            else if (!SupportedPortProtocols.Contains(port.Protocol))
            {
                errors.Add(FieldError.NotSupported(itemPath.Child("protocol"), port.Protocol, SupportedPortProtocols));
            }
        }

        return errors;
    }

    private static FieldErrorList CheckHostPortConflicts(List<Container> containers, FieldPath path)
    {
        var errors = new FieldErrorList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < containers.Count; c++)
        {
            var ports = containers[c].Ports ?? [];
            for (var p = 0; p < ports.Count; p++)
            {
                var hostPort = ports[p].HostPort ?? 0;
                if (hostPort == 0)
                {
                    continue;
                }

                var key = $"{ports[p].Protocol}/{ports[p].HostIP}/{Text(hostPort)}";
                if (!seen.Add(key))
                {
                    errors.Add(FieldError.Duplicate(path.Index(c).Child("ports").Index(p).Child("hostPort"), key));
                }
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateEnvVarValueFrom(EnvVar variable, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (variable.ValueFrom is not { } from)
        {
            return errors;
        }

        var sources = 0;
        if (from.FieldRef is { } fieldRef)
        {
            sources++;
            errors.AddRange(ValidateObjectFieldSelector(fieldRef, EnvFieldPaths, path.Child("fieldRef")));
        }

        if (from.ResourceFieldRef is { } resourceRef)
        {
            sources++;
            errors.AddRange(ValidateResourceFieldSelector(resourceRef, false, path.Child("resourceFieldRef")));
        }

        if (from.ConfigMapKeyRef is { } configMapRef)
        {
            sources++;
            errors.AddRange(ValidateKeySelector(configMapRef.Name, configMapRef.Key, path.Child("configMapKeyRef")));
        }

        if (from.SecretKeyRef is { } secretRef)
        {
            sources++;
            errors.AddRange(ValidateKeySelector(secretRef.Name, secretRef.Key, path.Child("secretKeyRef")));
        }

        if (sources == 0)
        {
            errors.Add(FieldError.Invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
        }
        else if (!string.IsNullOrEmpty(variable.Value))
        {
            errors.Add(FieldError.Invalid(path, "", "may not be specified when `value` is not empty"));
        }
        else if (sources > 1)
        {
            errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
        }

        return errors;
    }

    private static FieldErrorList ValidateObjectFieldSelector(ObjectFieldSelector selector, string[] expressions, FieldPath path)
    {
        if (string.IsNullOrEmpty(selector.ApiVersion))
        {
            return [FieldError.Required(path.Child("apiVersion"))];
        }

        if (selector.FieldPath.Length == 0)
        {
            return [FieldError.Required(path.Child("fieldPath"))];
        }

        if (selector.ApiVersion != "v1")
        {
            return [FieldError.Invalid(path.Child("fieldPath"), selector.FieldPath, $"error converting fieldPath: unsupported pod version: {selector.ApiVersion}")];
        }

        var fieldPath = selector.FieldPath == "spec.host" ? "spec.nodeName" : selector.FieldPath;
        var open = fieldPath.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && fieldPath.EndsWith(']') && fieldPath.Length > open + 3 && fieldPath[open + 1] == '\'' && fieldPath[^2] == '\'')
        {
            var name = fieldPath[..open];
            var subscript = fieldPath[(open + 2)..^2];
            return name switch
            {
                "metadata.annotations" => ValidateQualifiedName(subscript.ToLowerInvariant(), path),
                "metadata.labels" => ValidateQualifiedName(subscript, path),
                _ => [FieldError.Invalid(path.Child("fieldPath"), selector.FieldPath, $"error converting fieldPath: field label does not support subscript: {selector.FieldPath}")],
            };
        }

        if (!expressions.Contains(fieldPath))
        {
            string[] known = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName", "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];
            if (!known.Contains(fieldPath))
            {
                return [FieldError.Invalid(path.Child("fieldPath"), selector.FieldPath, $"error converting fieldPath: field label not supported: {selector.FieldPath}")];
            }

            return [FieldError.NotSupported(path.Child("fieldPath"), fieldPath, expressions.Order(StringComparer.Ordinal))];
        }

        return [];
    }

    private static FieldErrorList ValidateResourceFieldSelector(ResourceFieldSelector selector, bool volume, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (volume && string.IsNullOrEmpty(selector.ContainerName))
        {
            errors.Add(FieldError.Required(path.Child("containerName")));
        }
        else if (selector.Resource.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("resource")));
        }
        else if (!ResourceFieldPaths.Contains(selector.Resource)
            && !selector.Resource.StartsWith("limits.hugepages-", StringComparison.Ordinal)
            && !selector.Resource.StartsWith("requests.hugepages-", StringComparison.Ordinal))
        {
            errors.Add(FieldError.NotSupported(path.Child("resource"), selector.Resource, ResourceFieldPaths));
        }

        if (selector.Divisor is { IsZero: false } divisor)
        {
            var text = divisor.ToString();
            string[] memoryDivisors = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"];
            switch (selector.Resource)
            {
                case "limits.cpu" or "requests.cpu" when text is not ("1m" or "1"):
                    errors.Add(FieldError.Invalid(path.Child("divisor"), selector.Resource, "only divisor's values 1m and 1 are supported with the cpu resource"));
                    break;
                case "limits.memory" or "requests.memory" when !memoryDivisors.Contains(text):
                    errors.Add(FieldError.Invalid(path.Child("divisor"), selector.Resource, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource"));
                    break;
                case "limits.ephemeral-storage" or "requests.ephemeral-storage" when !memoryDivisors.Contains(text):
                    errors.Add(FieldError.Invalid(path.Child("divisor"), selector.Resource, "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource"));
                    break;
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateKeySelector(string? name, string key, FieldPath path)
    {
        var errors = ValidateName(name ?? "", NameValidation.NameIsDNSSubdomain, path.Child("name"));
        if (key.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("key")));
        }
        else
        {
            errors.AddRange(FromMessages(Formats.IsConfigMapKey(key), path.Child("key"), key));
        }

        return errors;
    }

    private static FieldErrorList ValidateEnvFrom(List<EnvFromSource>? sources, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (sources?.Count ?? 0); i++)
        {
            var source = sources![i];
            var itemPath = path.Index(i);
            if (!string.IsNullOrEmpty(source.Prefix))
            {
                var messages = options.AllowRelaxedEnvironmentVariableValidation ? Formats.IsRelaxedEnvVarName(source.Prefix) : Formats.IsEnvVarName(source.Prefix);
                errors.AddRange(FromMessages(messages, itemPath.Child("prefix"), source.Prefix));
            }

            var count = 0;
            if (source.ConfigMapRef is { } configMap)
            {
                count++;
                errors.AddRange(ValidateEnvSourceName(configMap.Name, itemPath.Child("configMapRef")));
            }

            if (source.SecretRef is { } secret)
            {
                count++;
                errors.AddRange(ValidateEnvSourceName(secret.Name, itemPath.Child("secretRef")));
            }

            if (count == 0)
            {
                errors.Add(FieldError.Invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
            }
            else if (count > 1)
            {
                errors.Add(FieldError.Invalid(path, "", "may not have more than one field specified at a time"));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateEnvSourceName(string? name, FieldPath path) =>
        string.IsNullOrEmpty(name)
            ? [FieldError.Required(path.Child("name"))]
            : FromMessages(NameValidation.NameIsDNSSubdomain(name, true), path.Child("name"), name);

    private static FieldErrorList ValidateVolumeMounts(Container container, Dictionary<string, string> devices, Dictionary<string, Volume> volumes, FieldPath path)
    {
        var errors = new FieldErrorList();
        var mountPoints = new HashSet<string>(StringComparer.Ordinal);
        var mounts = container.VolumeMounts ?? [];
        for (var i = 0; i < mounts.Count; i++)
        {
            var mount = mounts[i];
            var itemPath = path.Index(i);
            if (mount.Name.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("name")));
            }

            if (!volumes.ContainsKey(mount.Name))
            {
                errors.Add(FieldError.NotFound(itemPath.Child("name"), mount.Name));
            }

            if (mount.MountPath.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("mountPath")));
            }

            if (!mountPoints.Add(mount.MountPath))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("mountPath"), mount.MountPath, "must be unique"));
            }

            if (devices.ContainsKey(mount.Name))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("name"), mount.Name, "must not already exist in volumeDevices"));
            }

            if (devices.ContainsValue(mount.MountPath))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("mountPath"), mount.MountPath, "must not already exist as a path in volumeDevices"));
            }

            if (volumes.TryGetValue(mount.Name, out var volume) && volume.Image is not null)
            {
                if (!string.IsNullOrEmpty(mount.SubPath))
                {
                    errors.Add(FieldError.Invalid(itemPath.Child("subPath"), mount.SubPath, "not allowed in image volume sources"));
                }

                if (!string.IsNullOrEmpty(mount.SubPathExpr))
                {
                    errors.Add(FieldError.Invalid(itemPath.Child("subPathExpr"), mount.SubPathExpr, "not allowed in image volume sources"));
                }
            }

            if (!string.IsNullOrEmpty(mount.SubPath))
            {
                errors.AddRange(ValidateLocalDescendingPath(mount.SubPath, path.Child("subPath")));
            }

            if (!string.IsNullOrEmpty(mount.SubPathExpr))
            {
                if (!string.IsNullOrEmpty(mount.SubPath))
                {
                    errors.Add(FieldError.Invalid(itemPath.Child("subPathExpr"), mount.SubPathExpr, "subPathExpr and subPath are mutually exclusive"));
                }

                errors.AddRange(ValidateLocalDescendingPath(mount.SubPathExpr, path.Child("subPathExpr")));
            }

            if (mount.MountPropagation is { } propagation)
            {
                var propagationPath = path.Child("mountPropagation");
                if (propagation is not ("Bidirectional" or "HostToContainer" or "None"))
                {
                    errors.Add(FieldError.NotSupported(propagationPath, propagation, ["Bidirectional", "HostToContainer", "None"]));
                }

                if (propagation == "Bidirectional" && container.SecurityContext?.Privileged != true)
                {
                    errors.Add(FieldError.Forbidden(propagationPath, "Bidirectional mount propagation is available only to privileged containers"));
                }
            }

            if (mount.RecursiveReadOnly is { } recursive)
            {
                var recursivePath = path.Child("recursiveReadOnly");
                switch (recursive)
                {
                    case "Disabled":
                        break;
                    case "Enabled" or "IfPossible":
                        if (mount.ReadOnly != true)
                        {
                            errors.Add(FieldError.Forbidden(recursivePath, "may only be specified when readOnly is true"));
                        }

                        if (mount.MountPropagation is { } p && p != "None")
                        {
                            errors.Add(FieldError.Forbidden(recursivePath, "may only be specified when mountPropagation is None or not specified"));
                        }

                        break;
                    default:
                        errors.Add(FieldError.NotSupported(recursivePath, recursive, ["Disabled", "Enabled", "IfPossible"]));
                        break;
                }
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateVolumeDevices(List<VolumeDevice>? devices, Dictionary<string, string> mounts, Dictionary<string, Volume> volumes, FieldPath path)
    {
        var errors = new FieldErrorList();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (devices?.Count ?? 0); i++)
        {
            var device = devices![i];
            var itemPath = path.Index(i);
            var matched = volumes.TryGetValue(device.Name, out var volume);
            var isClaim = matched && (volume!.PersistentVolumeClaim is not null || volume.Ephemeral is not null);
            if (device.Name.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("name")));
            }

            if (names.Contains(device.Name))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("name"), device.Name, "must be unique"));
            }

            if (matched && !isClaim)
            {
                errors.Add(FieldError.Invalid(itemPath.Child("name"), device.Name, "can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode"));
            }

            if (!matched)
            {
                errors.Add(FieldError.NotFound(itemPath.Child("name"), device.Name));
            }

            if (device.DevicePath.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("devicePath")));
            }

            if (paths.Contains(device.DevicePath))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("devicePath"), device.DevicePath, "must be unique"));
            }

            if (device.DevicePath.Length > 0 && ValidatePathNoBacksteps(device.DevicePath, path).Count > 0)
            {
                errors.Add(FieldError.Invalid(itemPath.Child("devicePath"), device.DevicePath, "can not contain backsteps ('..')"));
            }
            else
            {
                paths.Add(device.DevicePath);
            }

            if (mounts.ContainsKey(device.Name))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("name"), device.Name, "must not already exist in volumeMounts"));
            }

            if (mounts.ContainsValue(device.DevicePath))
            {
                errors.Add(FieldError.Invalid(itemPath.Child("devicePath"), device.DevicePath, "must not already exist as a path in volumeMounts"));
            }

            if (device.Name.Length > 0)
            {
                names.Add(device.Name);
            }
        }

        return errors;
    }

    private static FieldErrorList ValidatePullPolicy(string policy, FieldPath path) => policy switch
    {
        "Always" or "IfNotPresent" or "Never" => [],
        "" => [FieldError.Required(path)],
        _ => [FieldError.NotSupported(path, policy, ["Always", "IfNotPresent", "Never"])],
    };

    private static FieldErrorList ValidateResizePolicy(List<ContainerResizePolicy>? policies, FieldPath path, string podRestartPolicy)
    {
        var errors = new FieldErrorList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (policies?.Count ?? 0); i++)
        {
            var policy = policies![i];
            if (!seen.Add(policy.ResourceName))
            {
                errors.Add(FieldError.Duplicate(path.Index(i), policy.ResourceName));
            }

            switch (policy.ResourceName)
            {
                case "cpu" or "memory":
                    break;
                case "":
                    errors.Add(FieldError.Required(path));
                    break;
                default:
                    errors.Add(FieldError.NotSupported(path, policy.ResourceName, ["cpu", "memory"]));
                    break;
            }

            switch (policy.RestartPolicy)
            {
                case "NotRequired" or "RestartContainer":
                    break;
                case "":
                    errors.Add(FieldError.Required(path));
                    break;
                default:
                    errors.Add(FieldError.NotSupported(path, policy.RestartPolicy, ["NotRequired", "RestartContainer"]));
                    break;
            }

            if (podRestartPolicy == "Never" && policy.RestartPolicy != "NotRequired")
            {
                errors.Add(FieldError.Invalid(path, policy.RestartPolicy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
            }
        }

        return errors;
    }

    private enum ProbeKind
    {
        Liveness,
        Readiness,
        Startup,
    }

    private static FieldErrorList ValidateProbe(Probe? probe, long? gracePeriod, FieldPath path, PodValidationOptions options, ProbeKind kind)
    {
        var errors = new FieldErrorList();
        if (probe is null)
        {
            return errors;
        }

        errors.AddRange(ValidateHandler(probe.Exec, probe.HTTPGet, probe.TCPSocket, probe.GRPC, null, gracePeriod, path, options));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(probe.InitialDelaySeconds ?? 0, path.Child("initialDelaySeconds")));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(probe.TimeoutSeconds ?? 0, path.Child("timeoutSeconds")));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(probe.PeriodSeconds ?? 0, path.Child("periodSeconds")));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(probe.SuccessThreshold ?? 0, path.Child("successThreshold")));
        errors.AddRange(ObjectMetaValidation.ValidateNonnegativeField(probe.FailureThreshold ?? 0, path.Child("failureThreshold")));
        if (probe.TerminationGracePeriodSeconds is { } probeGrace and <= 0)
        {
            errors.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), probeGrace, "must be greater than 0"));
        }

        if (kind is ProbeKind.Liveness or ProbeKind.Startup && (probe.SuccessThreshold ?? 0) != 1)
        {
            errors.Add(FieldError.Invalid(path.Child("successThreshold"), probe.SuccessThreshold ?? 0, "must be 1"));
        }

        if (kind == ProbeKind.Readiness && probe.TerminationGracePeriodSeconds is not null)
        {
            errors.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), probe.TerminationGracePeriodSeconds, "must not be set for readinessProbes"));
        }

        return errors;
    }

    private static FieldErrorList ValidateLifecycle(Lifecycle lifecycle, long? gracePeriod, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        if (lifecycle.PostStart is { } postStart)
        {
            errors.AddRange(ValidateHandler(postStart.Exec, postStart.HTTPGet, postStart.TCPSocket, null, postStart.Sleep, gracePeriod, path.Child("postStart"), options));
        }

        if (lifecycle.PreStop is { } preStop)
        {
            errors.AddRange(ValidateHandler(preStop.Exec, preStop.HTTPGet, preStop.TCPSocket, null, preStop.Sleep, gracePeriod, path.Child("preStop"), options));
        }

        return errors;
    }

    private static FieldErrorList ValidateHandler(ExecAction? exec, HTTPGetAction? httpGet, TCPSocketAction? tcpSocket, GRPCAction? grpc, SleepAction? sleep, long? gracePeriod, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        var handlers = 0;

        void Handler(bool present, string name, Func<FieldPath, FieldErrorList> validate)
        {
            if (!present)
            {
                return;
            }

            if (handlers > 0)
            {
                errors.Add(FieldError.Forbidden(path.Child(name), "may not specify more than 1 handler type"));
            }
            else
            {
                handlers++;
                errors.AddRange(validate(path.Child(name)));
            }
        }

        Handler(exec is not null, "exec", p => exec!.Command is { Count: > 0 } ? [] : [FieldError.Required(p.Child("command"))]);
        Handler(httpGet is not null, "httpGet", p =>
        {
            var list = new FieldErrorList();
            if (string.IsNullOrEmpty(httpGet!.Path))
            {
                list.Add(FieldError.Required(p.Child("path")));
            }

            list.AddRange(ValidatePortNumOrName(httpGet.Port, p.Child("port")));
            if (httpGet.Scheme is not ("HTTP" or "HTTPS"))
            {
                list.Add(FieldError.NotSupported(p.Child("scheme"), httpGet.Scheme ?? "", ["HTTP", "HTTPS"]));
            }

            foreach (var header in httpGet.HTTPHeaders ?? [])
            {
                list.AddRange(FromMessages(Formats.IsHTTPHeaderName(header.Name), p.Child("httpHeaders"), header.Name));
            }

            return list;
        });
        Handler(tcpSocket is not null, "tcpSocket", p => ValidatePortNumOrName(tcpSocket!.Port, p.Child("port")));
        Handler(grpc is not null, "grpc", p => ValidatePortNumOrName(grpc!.Port, p.Child("port")));
        Handler(sleep is not null, "sleep", p =>
        {
            if (gracePeriod is not { } grace)
            {
                return [];
            }

            if (options.AllowPodLifecycleSleepActionZeroValue)
            {
                return sleep!.Seconds < 0 || sleep.Seconds > grace
                    ? [FieldError.Invalid(p, sleep.Seconds, $"must be non-negative and less than terminationGracePeriodSeconds ({Text(grace)})")]
                    : [];
            }

            return sleep!.Seconds <= 0 || sleep.Seconds > grace
                ? [FieldError.Invalid(p, sleep.Seconds, $"must be greater than 0 and less than terminationGracePeriodSeconds ({Text(grace)}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.")]
                : [];
        });
        if (handlers == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a handler type"));
        }

        return errors;
    }

    private static FieldErrorList ValidateVolumeSource(Volume source, FieldPath path, string volumeName, ObjectMeta? podMeta)
    {
        var errors = new FieldErrorList();
        var count = 0;

        void Source(object? value, string name, Func<FieldErrorList>? validate = null)
        {
            if (value is null)
            {
                return;
            }

            if (count > 0)
            {
                errors.Add(FieldError.Forbidden(path.Child(name), "may not specify more than 1 volume type"));
                return;
            }

            count++;
            if (validate is not null)
            {
                errors.AddRange(validate());
            }
        }

        if (source.EmptyDir is { } emptyDir)
        {
            count++;
            if (emptyDir.SizeLimit is { Sign: < 0 })
            {
                errors.Add(FieldError.Forbidden(path.Child("emptyDir").Child("sizeLimit"), "SizeLimit field must be a valid resource quantity"));
            }
        }

        Source(source.HostPath, "hostPath", () => ValidateHostPath(source.HostPath!, path.Child("hostPath")));
        Source(source.GitRepo, "gitRepo", () =>
        {
            var list = new FieldErrorList();
            if (source.GitRepo!.Repository.Length == 0)
            {
                list.Add(FieldError.Required(path.Child("gitRepo").Child("repository")));
            }

            list.AddRange(ValidateLocalDescendingPath(source.GitRepo.Directory ?? "", path.Child("gitRepo").Child("directory")));
            return list;
        });
        Source(source.GCEPersistentDisk, "gcePersistentDisk");
        Source(source.AWSElasticBlockStore, "awsElasticBlockStore");
        Source(source.Secret, "secret", () => ValidateSecretVolume(source.Secret!, path.Child("secret")));
        Source(source.NFS, "nfs", () => ValidateNFS(source.NFS!, path.Child("nfs")));
        Source(source.ISCSI, "iscsi");
        Source(source.Glusterfs, "glusterfs");
        Source(source.Flocker, "flocker");
        Source(source.PersistentVolumeClaim, "persistentVolumeClaim", () =>
            source.PersistentVolumeClaim!.ClaimName.Length == 0 ? [FieldError.Required(path.Child("persistentVolumeClaim").Child("claimName"))] : []);
        Source(source.RBD, "rbd");
        Source(source.Cinder, "cinder");
        Source(source.CephFS, "cephFS");
        Source(source.Quobyte, "quobyte");
        Source(source.DownwardAPI, "downwarAPI", () => ValidateDownwardAPIVolume(source.DownwardAPI!, path.Child("downwardAPI")));
        Source(source.FC, "fc");
        Source(source.FlexVolume, "flexVolume");
        Source(source.ConfigMap, "configMap", () => ValidateConfigMapVolume(source.ConfigMap!, path.Child("configMap")));
        Source(source.AzureFile, "azureFile");
        Source(source.VsphereVolume, "vsphereVolume");
        Source(source.PhotonPersistentDisk, "photonPersistentDisk");
        Source(source.PortworxVolume, "portworxVolume");
        Source(source.AzureDisk, "azureDisk");
        Source(source.StorageOS, "storageos");
        Source(source.Projected, "projected", () => ValidateProjected(source.Projected!, path.Child("projected")));
        Source(source.ScaleIO, "scaleIO");
        Source(source.CSI, "csi", () =>
            string.IsNullOrEmpty(source.CSI!.Driver) ? [FieldError.Required(path.Child("csi").Child("driver"))] : []);
        Source(source.Ephemeral, "ephemeral", () =>
        {
            var list = new FieldErrorList();
            if (!string.IsNullOrEmpty(podMeta?.Name) && volumeName.Length > 0)
            {
                var claimName = podMeta.Name + "-" + volumeName;
                foreach (var message in NameValidation.NameIsDNSSubdomain(claimName, false))
                {
                    list.Add(FieldError.Invalid(path.Child("name"), volumeName, $"PVC name {GoFormat.Quote(claimName)}: {message}"));
                }
            }

            return list;
        });
        Source(source.Image, "image");
        if (count == 0)
        {
            errors.Add(FieldError.Required(path, "must specify a volume type"));
        }

        return errors;
    }

    private static FieldErrorList ValidateHostPath(HostPathVolumeSource hostPath, FieldPath path)
    {
        if (hostPath.Path.Length == 0)
        {
            return [FieldError.Required(path.Child("path"))];
        }

        var errors = ValidatePathNoBacksteps(hostPath.Path, path.Child("path"));
        string[] supported = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];
        if (hostPath.Type is { } type && !supported.Contains(type))
        {
            errors.Add(FieldError.NotSupported(path.Child("type"), type, supported));
        }

        return errors;
    }

    private static FieldErrorList ValidateNFS(NFSVolumeSource nfs, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (nfs.Server.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("server")));
        }

        if (nfs.Path.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("path")));
        }

        if (!nfs.Path.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(path.Child("path"), nfs.Path, "must be an absolute path"));
        }

        return errors;
    }

    private static FieldErrorList ValidateSecretVolume(SecretVolumeSource secret, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (string.IsNullOrEmpty(secret.SecretName))
        {
            errors.Add(FieldError.Required(path.Child("secretName")));
        }

        errors.AddRange(ValidateMode(secret.DefaultMode, path.Child("defaultMode")));
        for (var i = 0; i < (secret.Items?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateKeyToPath(secret.Items![i], path.Child("items").Index(i)));
        }

        return errors;
    }

    private static FieldErrorList ValidateConfigMapVolume(ConfigMapVolumeSource configMap, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (string.IsNullOrEmpty(configMap.Name))
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }

        errors.AddRange(ValidateMode(configMap.DefaultMode, path.Child("defaultMode")));
        for (var i = 0; i < (configMap.Items?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateKeyToPath(configMap.Items![i], path.Child("items").Index(i)));
        }

        return errors;
    }

    private static FieldErrorList ValidateDownwardAPIVolume(DownwardAPIVolumeSource downwardAPI, FieldPath path)
    {
        var errors = ValidateMode(downwardAPI.DefaultMode, path.Child("defaultMode"));
        foreach (var file in downwardAPI.Items ?? [])
        {
            errors.AddRange(ValidateDownwardAPIFile(file, path));
        }

        return errors;
    }

    private static FieldErrorList ValidateDownwardAPIFile(DownwardAPIVolumeFile file, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (file.Path.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("path")));
        }

        errors.AddRange(ValidateLocalNonReservedPath(file.Path, path.Child("path")));
        if (file.FieldRef is { } fieldRef)
        {
            errors.AddRange(ValidateObjectFieldSelector(fieldRef, VolumeFieldPaths, path.Child("fieldRef")));
            if (file.ResourceFieldRef is not null)
            {
                errors.Add(FieldError.Invalid(path, "resource", "fieldRef and resourceFieldRef can not be specified simultaneously"));
            }
        }
        else if (file.ResourceFieldRef is { } resourceRef)
        {
            errors.AddRange(ValidateResourceFieldSelector(resourceRef, true, path.Child("resourceFieldRef")));
        }
        else
        {
            errors.Add(FieldError.Required(path, "one of fieldRef and resourceFieldRef is required"));
        }

        errors.AddRange(ValidateMode(file.Mode, path.Child("mode")));
        return errors;
    }

    private static FieldErrorList ValidateProjected(ProjectedVolumeSource projected, FieldPath path)
    {
        var errors = ValidateMode(projected.DefaultMode, path.Child("defaultMode"));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < projected.Sources.Count; i++)
        {
            var source = projected.Sources[i];
            var sourcePath = path.Child("sources").Index(i);
            var count = 0;
            if (source.Secret is { } secret)
            {
                count++;
                ValidateProjectedItems(secret.Name, secret.Items, sourcePath.Child("secret"), path, paths, errors);
            }

            if (source.ConfigMap is { } configMap)
            {
                count++;
                ValidateProjectedItems(configMap.Name, configMap.Items, sourcePath.Child("configMap"), path, paths, errors);
            }

            if (source.DownwardAPI is { } downwardAPI)
            {
                count++;
                foreach (var file in downwardAPI.Items ?? [])
                {
                    errors.AddRange(ValidateDownwardAPIFile(file, sourcePath.Child("downwardAPI")));
                    if (file.Path.Length > 0 && !paths.Add(file.Path))
                    {
                        errors.Add(FieldError.Invalid(path, file.Path, "conflicting duplicate paths"));
                    }
                }
            }

            if (source.ServiceAccountToken is { } token)
            {
                count++;
                var tokenPath = sourcePath.Child("serviceAccountToken");
                var expiration = token.ExpirationSeconds ?? 0;
                if (expiration < 10 * 60)
                {
                    errors.Add(FieldError.Invalid(tokenPath.Child("expirationSeconds"), expiration, "may not specify a duration less than 10 minutes"));
                }

                if (expiration > 1L << 32)
                {
                    errors.Add(FieldError.Invalid(tokenPath.Child("expirationSeconds"), expiration, "may not specify a duration larger than 2^32 seconds"));
                }

                if (token.Path.Length == 0)
                {
                    errors.Add(FieldError.Required(path.Child("path")));
                }
                else
                {
                    errors.AddRange(ValidateLocalNonReservedPath(token.Path, path.Child("path")));
                }
            }

            if (source.ClusterTrustBundle is not null)
            {
                count++;
            }

            if (count > 1)
            {
                errors.Add(FieldError.Forbidden(sourcePath, "may not specify more than 1 volume type per source"));
            }
        }

        return errors;
    }

    private static void ValidateProjectedItems(string? name, List<KeyToPath>? items, FieldPath projectionPath, FieldPath path, HashSet<string> paths, FieldErrorList errors)
    {
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(FieldError.Required(projectionPath.Child("name")));
        }

        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateKeyToPath(items![i], projectionPath.Child("items").Index(i)));
            if (items[i].Path.Length > 0 && !paths.Add(items[i].Path))
            {
                errors.Add(FieldError.Invalid(path, name ?? "", "conflicting duplicate paths"));
            }
        }
    }

    private static FieldErrorList ValidateKeyToPath(KeyToPath item, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (item.Key.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("key")));
        }

        if (item.Path.Length == 0)
        {
            errors.Add(FieldError.Required(path.Child("path")));
        }

        errors.AddRange(ValidateLocalNonReservedPath(item.Path, path.Child("path")));
        errors.AddRange(ValidateMode(item.Mode, path.Child("mode")));
        return errors;
    }

    private static FieldErrorList ValidateMode(int? mode, FieldPath path) =>
        mode is { } value and (> 511 or < 0) ? [FieldError.Invalid(path, value, FileModeErrorMsg)] : [];

    private static FieldErrorList ValidatePodResourceClaims(List<PodResourceClaim>? claims, FieldPath path)
    {
        var errors = new FieldErrorList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (claims?.Count ?? 0); i++)
        {
            var claim = claims![i];
            var itemPath = path.Index(i);
            if (claim.Name.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("name")));
            }
            else if (!names.Add(claim.Name))
            {
                errors.Add(FieldError.Duplicate(itemPath.Child("name"), claim.Name));
            }
            else
            {
                errors.AddRange(ValidateDNS1123Label(claim.Name, itemPath.Child("name")));
            }

            if (claim.ResourceClaimName is not null && claim.ResourceClaimTemplateName is not null)
            {
                errors.Add(FieldError.Invalid(itemPath, claim, "at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified"));
            }

            if (claim.ResourceClaimName is null && claim.ResourceClaimTemplateName is null)
            {
                errors.Add(FieldError.Invalid(itemPath, claim, "must specify one of: `resourceClaimName`, `resourceClaimTemplateName`"));
            }

            if (claim.ResourceClaimName is { } claimName)
            {
                errors.AddRange(ValidateName(claimName, NameValidation.NameIsDNSSubdomain, itemPath.Child("resourceClaimName")));
            }

            if (claim.ResourceClaimTemplateName is { } templateName)
            {
                errors.AddRange(ValidateName(templateName, NameValidation.NameIsDNSSubdomain, itemPath.Child("resourceClaimTemplateName")));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateHostNetworkDeps(PodSpec spec, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        if (spec.HostNetwork != true)
        {
            return errors;
        }

        var containersPath = path.Child("containers");
        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var ports = spec.Containers[i].Ports ?? [];
            for (var p = 0; p < ports.Count; p++)
            {
                var hostPort = ports[p].HostPort ?? 0;
                if ((options.ResourceIsPod || hostPort != 0) && hostPort != ports[p].Port)
                {
                    errors.Add(FieldError.Invalid(containersPath.Index(i).Child("ports").Index(p).Child("hostPort"), hostPort, "must match `containerPort` when `hostNetwork` is true"));
                }
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateRestartPolicy(string policy, FieldPath path) => policy switch
    {
        "Always" or "OnFailure" or "Never" => [],
        "" => [FieldError.Required(path)],
        _ => [FieldError.NotSupported(path, policy, ["Always", "OnFailure", "Never"])],
    };

    private static FieldErrorList ValidateDNSPolicy(string policy, FieldPath path) => policy switch
    {
        "ClusterFirstWithHostNet" or "ClusterFirst" or "Default" or "None" => [],
        "" => [FieldError.Required(path)],
        _ => [FieldError.NotSupported(path, policy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"])],
    };

    private static FieldErrorList ValidateDNSConfig(PodDNSConfig? config, string policy, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (policy == "None")
        {
            if (config is null)
            {
                return [FieldError.Required(path, "must provide `dnsConfig` when `dnsPolicy` is None")];
            }

            if (config.Nameservers is not { Count: > 0 })
            {
                return [FieldError.Required(path.Child("nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None")];
            }
        }

        if (config is null)
        {
            return errors;
        }

        var nameservers = config.Nameservers ?? [];
        if (nameservers.Count > 3)
        {
            errors.Add(FieldError.Invalid(path.Child("nameservers"), nameservers, "must not have more than 3 nameservers"));
        }

        for (var i = 0; i < nameservers.Count; i++)
        {
            errors.AddRange(ValidateIP(nameservers[i], path.Child("nameservers").Index(i)));
        }

        var searches = config.Searches ?? [];
        if (searches.Count > 32)
        {
            errors.Add(FieldError.Invalid(path.Child("searches"), searches, "must not have more than 32 search paths"));
        }

        if (string.Join(" ", searches).Length > 2048)
        {
            errors.Add(FieldError.Invalid(path.Child("searches"), searches, "must not have more than 2048 characters (including spaces) in the search list"));
        }

        for (var i = 0; i < searches.Count; i++)
        {
            var search = searches[i].EndsWith('.') ? searches[i][..^1] : searches[i];
            errors.AddRange(ValidateDNS1123Subdomain(search, path.Child("searches").Index(i)));
        }

        for (var i = 0; i < (config.Options?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(config.Options![i].Name))
            {
                errors.Add(FieldError.Required(path.Child("options").Index(i), "must not be empty"));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateTopologySpreadConstraints(List<TopologySpreadConstraint>? constraints, FieldPath path, PodValidationOptions options)
    {
        var errors = new FieldErrorList();
        for (var i = 0; i < (constraints?.Count ?? 0); i++)
        {
            var constraint = constraints![i];
            var itemPath = path.Index(i);
            if (constraint.MaxSkew <= 0)
            {
                errors.Add(FieldError.Invalid(itemPath.Child("maxSkew"), constraint.MaxSkew, IsNotPositiveErrorMsg));
            }

            if (constraint.TopologyKey.Length == 0)
            {
                errors.Add(FieldError.Required(itemPath.Child("topologyKey"), "can not be empty"));
            }
            else
            {
                errors.AddRange(Labels.LabelSelectors.ValidateLabelName(constraint.TopologyKey, itemPath.Child("topologyKey")));
            }

            if (constraint.WhenUnsatisfiable is not ("DoNotSchedule" or "ScheduleAnyway"))
            {
                errors.Add(FieldError.NotSupported(itemPath.Child("whenUnsatisfiable"), constraint.WhenUnsatisfiable, ["DoNotSchedule", "ScheduleAnyway"]));
            }

            for (var j = i + 1; j < constraints.Count; j++)
            {
                if (constraints[j].TopologyKey == constraint.TopologyKey && constraints[j].WhenUnsatisfiable == constraint.WhenUnsatisfiable)
                {
                    errors.Add(FieldError.Duplicate(itemPath.Child("{topologyKey, whenUnsatisfiable}"), $"{{{constraint.TopologyKey}, {constraint.WhenUnsatisfiable}}}"));
                    break;
                }
            }

            if (constraint.MinDomains is { } minDomains)
            {
                if (minDomains <= 0)
                {
                    errors.Add(FieldError.Invalid(itemPath.Child("minDomains"), minDomains, IsNotPositiveErrorMsg));
                }

                if (constraint.WhenUnsatisfiable != "DoNotSchedule")
                {
                    errors.Add(FieldError.Invalid(itemPath.Child("minDomains"), minDomains, $"can only use minDomains if whenUnsatisfiable=DoNotSchedule, not {constraint.WhenUnsatisfiable}"));
                }
            }

            errors.AddRange(Labels.LabelSelectors.Validate(constraint.LabelSelector, itemPath.Child("labelSelector"), options.AllowInvalidLabelValueInSelector));
        }

        return errors;
    }

    private static PodSpec Clone(PodSpec spec) => KubeJson.Deserialize<PodSpec>(KubeJson.SerializeToUtf8Bytes(spec))!;

    private static object? SpecTree(PodSpec spec) => JsonTree.Parse(KubeJson.SerializeToUtf8Bytes(spec));

    /// <summary>Upstream's semantic equality: empty and absent collections are the same.</summary>
    private static bool SemanticEquals(object? a, object? b) => JsonTree.DeepEqualsNumeric(Prune(a), Prune(b));

    private static object? Prune(object? node)
    {
        switch (node)
        {
            case Dictionary<string, object?> map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map)
                {
                    var pruned = Prune(value);
                    if (pruned is not null && pruned is not List<object?> { Count: 0 } && pruned is not Dictionary<string, object?> { Count: 0 })
                    {
                        result[key] = pruned;
                    }
                }

                return result;
            case List<object?> list:
                return list.Select(Prune).ToList();
            default:
                return node;
        }
    }
}
