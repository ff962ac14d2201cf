# Windows twin of create-slides-subscription.sh (azd runs it as the postdeploy hook there): subscribe the
# IndexSlides function to blob creations in the slides container. Same environment, same steps, same
# tunables (KEY_WAIT_SECONDS, KEY_POLL_SECONDS, SUBSCRIBE_ATTEMPTS, SUBSCRIBE_RETRY_SECONDS); see the .sh
# file for why it waits for the key and retries the validation handshake.
$ErrorActionPreference = 'Stop'

function Fail([string] $message) {
    [Console]::Error.WriteLine("create-slides-subscription: $message")
    exit 1
}

function Setting([string] $name, [int] $default) {
    $value = [Environment]::GetEnvironmentVariable($name)
    if ([string]::IsNullOrEmpty($value)) { return $default } else { return [int] $value }
}

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENT_GRID_SYSTEM_TOPIC_NAME') {
    if ([string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable($name))) { Fail "set $name to main.bicep's output of that name" }
}
$group = $env:AZURE_RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$keyWaitSeconds = Setting 'KEY_WAIT_SECONDS' 300
$keyPollSeconds = Setting 'KEY_POLL_SECONDS' 10
$subscribeAttempts = Setting 'SUBSCRIBE_ATTEMPTS' 5
$subscribeRetrySeconds = Setting 'SUBSCRIBE_RETRY_SECONDS' 30

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Fail "the Azure CLI (az) is not installed. Install it, run 'az login' with the account azd uses, then 'azd hooks run postdeploy'."
}

if ($env:AZURE_SUBSCRIPTION_ID) {
    $subscription = $env:AZURE_SUBSCRIPTION_ID
    az account show --subscription $subscription --query id --output tsv *> $null
    if ($LASTEXITCODE -ne 0) {
        Fail "az is not signed in to subscription $subscription, the one azd deployed to. Run 'az login' with the account of 'azd auth login', then 'azd hooks run postdeploy'."
    }
} else {
    $subscription = az account show --query id --output tsv 2> $null
    if ($LASTEXITCODE -ne 0) { Fail "az is not signed in. Run 'az login', or set AZURE_SUBSCRIPTION_ID." }
    Write-Host "AZURE_SUBSCRIPTION_ID is not set; using az's default subscription $subscription."
}

Write-Host "Waiting up to ${keyWaitSeconds}s for the blobs_extension key of $app..."
$deadline = (Get-Date).AddSeconds($keyWaitSeconds)
while ($true) {
    $key = az functionapp keys list --subscription $subscription --resource-group $group --name $app `
        --query systemKeys.blobs_extension --output tsv 2> $null
    if ($LASTEXITCODE -eq 0 -and $key -and $key -ne 'None') { break }
    if ((Get-Date) -ge $deadline) {
        Fail "the blobs_extension key did not appear within ${keyWaitSeconds}s. Check that the code is deployed and the host starts, then run 'azd hooks run postdeploy'."
    }
    Start-Sleep -Seconds $keyPollSeconds
}

# The key goes in a parameters file, not on a command line that other users can see.
$parameters = New-TemporaryFile
try {
    @{
        '$schema' = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#'
        contentVersion = '1.0.0.0'
        parameters = @{
            functionAppName = @{ value = $app }
            systemTopicName = @{ value = $env:EVENT_GRID_SYSTEM_TOPIC_NAME }
            blobsExtensionKey = @{ value = $key }
        }
    } | ConvertTo-Json -Depth 4 | Set-Content -Path $parameters -Encoding utf8

    $template = Join-Path $PSScriptRoot '..' 'slides-subscription.bicep'
    for ($attempt = 1; ; $attempt++) {
        az deployment group create --subscription $subscription --resource-group $group --name slides-subscription `
            --template-file $template --parameters "@$parameters" --output none
        if ($LASTEXITCODE -eq 0) { break }
        if ($attempt -ge $subscribeAttempts) {
            Fail "Event Grid could not validate the webhook after $attempt attempts. Check the app is running, then run 'azd hooks run postdeploy'."
        }
        Write-Host "Event Grid's validation handshake failed (attempt $attempt of $subscribeAttempts); retrying in ${subscribeRetrySeconds}s."
        Start-Sleep -Seconds $subscribeRetrySeconds
    }
} finally {
    Remove-Item -Force $parameters
}
Write-Host "Slides in container 'slides' now trigger IndexSlides on $app."
