namespace KubeSharp.Api.Fields;

/// <summary>
/// Upstream's <c>patchMergeKey</c> tag: the field of each list element that identifies it when a strategic
/// merge patch merges the list (containers merge on "name", container ports on "containerPort").
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PatchMergeKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
