using System.Text.Json;
using System.Text.Json.Nodes;
using KubeSharp.Api;
using KubeSharp.Api.Scheme;
using KubeSharp.Api.Serialization;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.ApiServer.Registry;

/// <summary>
/// A strategy whose rules are written against the typed object (the machinery's defaulting and validation take
/// <typeparamref name="T"/>): the tree is decoded, changed or checked, and written back.
/// </summary>
public abstract class TypedRestStrategy<T>(ResourceMapping mapping) : RestStrategy(mapping)
    where T : KubeObject
{
    public override void PrepareForCreate(JsonObject obj)
    {
        base.PrepareForCreate(obj);
        var typed = ToTyped(obj);
        PrepareForCreate(typed);
        Replace(obj, typed);
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        base.PrepareForUpdate(obj, old);
        var typed = ToTyped(obj);
        PrepareForUpdate(typed, ToTyped(old));
        Replace(obj, typed);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => Validate(ToTyped(obj));

    public override IReadOnlyList<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => ValidateUpdate(ToTyped(obj), ToTyped(old));

    public override IReadOnlyList<FieldError> ValidateStatusUpdate(JsonObject obj, JsonObject old) => ValidateStatusUpdate(ToTyped(obj), ToTyped(old));

    /// <summary>Defaults and create-time resets on the typed object.</summary>
    protected virtual void PrepareForCreate(T obj)
    {
    }

    protected virtual void PrepareForUpdate(T obj, T old)
    {
    }

    protected virtual IReadOnlyList<FieldError> Validate(T obj) => [];

    protected virtual IReadOnlyList<FieldError> ValidateUpdate(T obj, T old) => Validate(obj);

    protected virtual IReadOnlyList<FieldError> ValidateStatusUpdate(T obj, T old) => ValidateUpdate(obj, old);

    /// <summary>The typed object; the tree was already decoded once through <typeparamref name="T"/>, so this cannot fail on types.</summary>
    protected static T ToTyped(JsonObject obj) => obj.Deserialize(KubeJson.TypeInfo<T>())!;

    private static void Replace(JsonObject target, T typed)
    {
        var written = JsonSerializer.SerializeToNode(typed, KubeJson.TypeInfo<T>())!.AsObject();
        target.Clear();
        foreach (var (name, value) in written.ToList())
        {
            written.Remove(name);
            target[name] = value;
        }
    }
}
