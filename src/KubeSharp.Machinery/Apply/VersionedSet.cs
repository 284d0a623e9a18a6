namespace KubeSharp.Machinery.Apply;

/// <summary>The fields one manager owns, at the API version it used, and whether it owns them by applying.</summary>
public sealed record VersionedSet(FieldSet Set, string ApiVersion, bool Applied);
