namespace KubeSharp.Api.Meta.V1;

/// <summary>Must hold before an update or delete is carried out, otherwise the server answers 409 Conflict.</summary>
public sealed class Preconditions : KubeModel
{
    public string? Uid { get; set; }

    public string? ResourceVersion { get; set; }
}
