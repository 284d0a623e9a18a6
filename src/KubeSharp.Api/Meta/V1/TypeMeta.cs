namespace KubeSharp.Api.Meta.V1;

/// <summary>
/// The apiVersion and kind every serialized object carries (upstream inlines TypeMeta into each kind). Decoding a
/// body into this type alone tells which kind it is before the body is decoded for real.
/// </summary>
public sealed class TypeMeta : KubeModel
{
    public string? Kind { get; set; }

    public string? ApiVersion { get; set; }
}
