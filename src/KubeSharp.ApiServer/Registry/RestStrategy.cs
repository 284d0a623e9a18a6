using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// The generic strategy every resource starts from, written against the JSON tree so it serves built-in kinds
/// and custom resources alike. As upstream's strategies do for most kinds: create drops <c>status</c> when the
/// resource has a status subresource and sets <c>generation</c> 1 where the kind tracks it; update keeps the
/// stored status and bumps <c>generation</c> only when something outside metadata and status changed.
/// Kinds with more rules derive from it (Registry/GROUP/RESOURCE/…Strategy).
/// </summary>
public class RestStrategy : IRestStrategy
{
    /// <summary>Kinds whose upstream strategy maintains metadata.generation.</summary>
    private static readonly HashSet<(string Group, string Kind)> GenerationKinds =
    [
        ("", "Pod"), ("", "ReplicationController"),
        ("apps", "Deployment"), ("apps", "ReplicaSet"), ("apps", "StatefulSet"), ("apps", "DaemonSet"),
        ("batch", "Job"), ("batch", "CronJob"),
        ("policy", "PodDisruptionBudget"), ("autoscaling", "HorizontalPodAutoscaler"),
        ("networking.k8s.io", "NetworkPolicy"), ("networking.k8s.io", "Ingress"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        ("flowcontrol.apiserver.k8s.io", "FlowSchema"), ("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"),
    ];

    public RestStrategy(ResourceMapping mapping, bool custom = false)
    {
        Mapping = mapping;
        HasStatus = mapping.FindSubresource("status") is not null;
        TracksGeneration = custom || GenerationKinds.Contains((mapping.Kind.Group, mapping.Kind.Kind));
        _typeInfo = custom ? null : KubeJsonContext.Default.GetTypeInfo(mapping.Type);
        Status = HasStatus ? new StatusStrategy(this) : null;
    }

    private readonly JsonTypeInfo? _typeInfo;

    public ResourceMapping Mapping { get; }

    /// <summary>The resource has a status subresource, so the main resource may not write status.</summary>
    public bool HasStatus { get; }

    public bool TracksGeneration { get; }

    public virtual bool AllowCreateOnUpdate => false;

    public virtual bool AllowUnconditionalUpdate => true;

    public IRestStrategy? Status { get; }

    public virtual void PrepareForCreate(JsonObject obj)
    {
        if (HasStatus)
        {
            obj.Remove("status");
        }

        if (TracksGeneration)
        {
            ObjectMetadata.SetGeneration(obj, 1);
        }
    }

    public virtual void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        if (HasStatus)
        {
            if (old["status"] is { } status)
            {
                obj["status"] = status.DeepClone();
            }
            else
            {
                obj.Remove("status");
            }
        }

        if (TracksGeneration)
        {
            var generation = ObjectMetadata.Generation(old);
            ObjectMetadata.SetGeneration(obj, GenerationChanged(obj, old) ? generation + 1 : generation);
        }
    }

    public virtual IReadOnlyList<FieldError> Validate(JsonObject obj) => [];

    public virtual IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => Validate(obj);

    /// <summary>
    /// Validation of a write through the status subresource (spec already carried over from the stored object);
    /// upstream's status strategies each have their own, the update's rules by default.
    /// </summary>
    public virtual IReadOnlyList<FieldError> ValidateStatusUpdate(JsonObject obj, JsonObject old) => ValidateUpdate(obj, old);

    /// <summary>Most kinds use DNS-1123 subdomain names (upstream's NameIsDNSSubdomain).</summary>
    public virtual IReadOnlyList<string> ValidateName(string name, bool prefix) =>
        Formats.IsDNS1123Subdomain(prefix ? name + "a" : name);

    public virtual long? GracePeriodSeconds(JsonObject obj, long? requested) => null;

    public virtual bool PrepareForDelete(JsonObject obj) => false;

    /// <summary>
    /// Built-in kinds take their fields from the machinery's per-kind table (pods: spec.nodeName, status.phase, …;
    /// upstream's GetAttrs). The watch cache computes them once per stored change, not per watcher.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> SelectableFields(JsonObject obj)
    {
        if (_typeInfo is not null)
        {
            try
            {
                if (obj.Deserialize(_typeInfo) is KubeObject typed)
                {
                    return Machinery.Fields.SelectableFields.Meta(typed, Mapping.Namespaced, Machinery.Fields.SelectableFields.Of(typed));
                }
            }
            catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
            {
                // Stored before a type change: fall back to the metadata fields.
            }
        }

        var fields = new Dictionary<string, string>(2, StringComparer.Ordinal) { ["metadata.name"] = ObjectMetadata.Name(obj) };
        if (Mapping.Namespaced)
        {
            fields["metadata.namespace"] = ObjectMetadata.Namespace(obj);
        }

        return fields;
    }

    /// <summary>Whether an update bumps metadata.generation: a spec change, as most upstream strategies decide.</summary>
    protected virtual bool GenerationChanged(JsonObject obj, JsonObject old) => SpecChanged(obj, old);

    /// <summary>True when anything but apiVersion, kind, metadata and status differs (upstream compares spec).</summary>
    public static bool SpecChanged(JsonObject obj, JsonObject old)
    {
        foreach (var (name, value) in obj)
        {
            if (name is "apiVersion" or "kind" or "metadata" or "status")
            {
                continue;
            }

            if (!JsonNode.DeepEquals(value, old[name]))
            {
                return true;
            }
        }

        foreach (var (name, _) in old)
        {
            if (name is not ("apiVersion" or "kind" or "metadata" or "status") && !obj.ContainsKey(name))
            {
                return true;
            }
        }

        return false;
    }
}
