using System.Text.Json.Nodes;
using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.ApiServer.Registry.Generic;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// The strategy of a kind whose upstream registry strategy does nothing beyond the generic steps (status reset,
/// generation) plus the scheme's defaulting and the kind's validation: both come from the machinery
/// (pkg/apis/GROUP/v1/defaults.go and pkg/apis/GROUP/validation in upstream). Defaults run on every write,
/// as upstream's decoder applies them to every request body.
/// </summary>
public sealed class MachineryStrategy<T> : TypedRestStrategy<T>
    where T : KubeObject
{
    private readonly Action<T>? _defaults;
    private readonly Func<T, FieldErrorList> _validate;
    private readonly Func<T, T, FieldErrorList> _validateUpdate;
    private readonly Func<string, bool, List<string>> _name;
    private readonly bool _annotationsBumpGeneration;

    /// <param name="mapping">The served resource.</param>
    /// <param name="defaults">The scheme's defaulting, if the kind has any.</param>
    /// <param name="validate">Validation of a create (metadata included, with the kind's name rule).</param>
    /// <param name="validateUpdate">Validation of an update, immutable fields included.</param>
    /// <param name="name">The kind's name rule (upstream's ValidateNameFunc); DNS-1123 subdomain when null.</param>
    /// <param name="annotationsBumpGeneration">Deployments: an annotation change bumps generation too (upstream copies them to replica sets).</param>
    public MachineryStrategy(
        ResourceMapping mapping,
        Action<T>? defaults,
        Func<T, FieldErrorList> validate,
        Func<T, T, FieldErrorList> validateUpdate,
        Func<string, bool, List<string>>? name = null,
        bool annotationsBumpGeneration = false)
        : base(mapping)
    {
        _defaults = defaults;
        _validate = validate;
        _validateUpdate = validateUpdate;
        _name = name ?? NameValidation.NameIsDNSSubdomain;
        _annotationsBumpGeneration = annotationsBumpGeneration;
    }

    public override IReadOnlyList<string> ValidateName(string name, bool prefix) => _name(name, prefix);

    protected override void PrepareForCreate(T obj) => _defaults?.Invoke(obj);

    protected override void PrepareForUpdate(T obj, T old) => _defaults?.Invoke(obj);

    protected override IReadOnlyList<FieldError> Validate(T obj) => _validate(obj);

    protected override IReadOnlyList<FieldError> ValidateUpdate(T obj, T old) => _validateUpdate(obj, old);

    protected override bool GenerationChanged(JsonObject obj, JsonObject old) =>
        base.GenerationChanged(obj, old)
        || (_annotationsBumpGeneration && !JsonNode.DeepEquals(ObjectMetadata.Meta(obj)["annotations"], ObjectMetadata.Meta(old)["annotations"]));
}
