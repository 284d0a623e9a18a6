namespace KubeSharp.Api.Fields;

/// <summary>
/// Upstream's <c>patchStrategy</c> tag: "merge", "replace", "retainKeys" or a comma-joined combination
/// such as "merge,retainKeys". Lists without it are replaced whole by a strategic merge patch.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class PatchStrategyAttribute(string strategy) : Attribute
{
    public string Strategy { get; } = strategy;
}
