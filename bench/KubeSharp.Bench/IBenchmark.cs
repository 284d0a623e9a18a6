namespace KubeSharp.Bench;

/// <summary>One benchmark: it measures KubeSharp and, in the same run, the reference it is compared with.</summary>
internal interface IBenchmark
{
    /// <summary>The name used on the command line (<c>bench/run.sh NAME</c>).</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs and prints a Markdown table of results, including the ratio to the reference.</summary>
    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
