using KubeSharp.Api.Core.V1;

namespace KubeSharp.Scheduler.Framework.Plugins.DefaultBinder;

/// <summary>Binds through the pods/binding subresource (upstream's defaultbinder plugin).</summary>
public sealed class DefaultBinder : IBindPlugin
{
    public const string PluginName = PluginNames.DefaultBinder;

    private readonly IFrameworkHandle _handle;

    public DefaultBinder(IFrameworkHandle handle)
    {
        _handle = handle;
    }

    public string Name => PluginName;

    public async Task<Status?> BindAsync(CycleState state, Pod pod, string nodeName, CancellationToken cancellationToken)
    {
        try
        {
            await _handle.Client.BindAsync(pod, nodeName, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Status.AsStatus(e);
        }
    }
}
