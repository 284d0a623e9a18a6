namespace KubeSharp.Runtime.Tests;

/// <summary>Tests that start real containers run one at a time: the machine has two cores shared by many.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RuntimeCollection
{
    public const string Name = "runtime";
}
