using KubeSharp.Client;
using KubeSharp.Client.Config;
using KubeSharp.Controllers.ControllerManager;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Server;

/// <summary>
/// The controller manager inside <c>kubesharp server</c>: started once the API server is ready, with the admin
/// credentials over loopback, under leader election on <c>kube-system/kube-controller-manager</c>.
/// </summary>
public sealed partial class KubeSharpServer
{
    private CancellationTokenSource? _controllerManagerStop;
    private Task? _controllerManager;
    private Kubernetes? _controllerManagerClient;

    private void StartControllerManager()
    {
        if (_options.Controllers is [])
        {
            return;
        }

        // In-process traffic over loopback: no client-side rate limit (upstream's --kube-api-qps exists to protect
        // a remote API server; the server's own limits still apply). The user agent names the field manager of
        // every write, "kube-controller-manager" as upstream.
        var config = KubeconfigLoader.Load(_options.KubeconfigPath) with
        {
            Qps = 0,
            UserAgent = $"kube-controller-manager/{Api.BuildInfo.KubernetesGitVersion} (linux) kubernetes",
        };
        _controllerManagerClient = new Kubernetes(config, _time, _loggerFactory);
        var manager = new ControllerManager(_controllerManagerClient, new ControllerManagerOptions { Controllers = _options.Controllers }, _time, _loggerFactory);
        var enabled = string.Join(",", manager.EnabledControllers);
        LogControllers(enabled);
        _controllerManagerStop = new CancellationTokenSource();
        var token = _controllerManagerStop.Token;
        _controllerManager = Task.Run(() => manager.RunAsync(token), CancellationToken.None);
    }

    private async Task StopControllerManagerAsync()
    {
        if (_controllerManagerStop is null)
        {
            return;
        }

        await _controllerManagerStop.CancelAsync();
        try
        {
            await _controllerManager!;
        }
        catch (OperationCanceledException)
        {
        }

        _controllerManagerStop.Dispose();
        _controllerManagerStop = null;
        _controllerManagerClient?.Dispose();
        _controllerManagerClient = null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting controller manager with controllers {Controllers}")]
    private partial void LogControllers(string controllers);
}
