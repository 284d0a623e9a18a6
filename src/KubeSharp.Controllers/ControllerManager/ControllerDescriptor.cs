namespace KubeSharp.Controllers.ControllerManager;

/// <summary>
/// One controller the manager can run (upstream's <c>ControllerDescriptor</c>): its name, the aliases
/// <c>--controllers</c> accepts for it, whether <c>*</c> leaves it off, and how to build it. Building registers
/// the informers it needs; the returned function runs it until its token is cancelled.
/// </summary>
public sealed record ControllerDescriptor(
    string Name,
    IReadOnlyList<string> Aliases,
    Func<ControllerContext, Func<CancellationToken, Task>> Init,
    bool DisabledByDefault = false);
