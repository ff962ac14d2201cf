// The same as main.bicep, into a resource group that already exists: for a subscription where you may not create
// resource groups (docs/deploying.md). With assignRoles=false it also needs no right to assign roles; an Owner or
// User Access Administrator then deploys modules/roles.bicep for the app's identity. Keep it in step with main.bicep.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(40)
@description('Name of the environment, e.g. "iasd2025-prod"; it prefixes the resource group and seeds resource names.')
param environmentName string

// The regions the official Flex Consumption quickstart lists. Check that dotnet-isolated 10.0 is offered
// in one with: az functionapp list-flexconsumption-runtimes --location <region> --runtime dotnet-isolated
@minLength(1)
@description('Azure region of every resource: one where Flex Consumption offers dotnet-isolated 10.0.')
@allowed([
  'australiaeast'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'northcentralus'
  'northeurope'
  'southcentralus'
  'southeastasia'
  'swedencentral'
  'uksouth'
  'westcentralus'
  'westeurope'
  'westus2'
])
@metadata({ azd: { type: 'location' } })
param location string

@description('Origins allowed to call the API from a browser: the course website, e.g. https://teacher.github.io. No wildcard.')
param corsAllowedOrigins array = []

@allowed([ 512, 2048, 4096 ])
@description('Memory of each instance, in MB.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Upper bound of instances when scaling out.')
param maximumInstanceCount int = 40

@description('IANA time zone of course pages that name none.')
param defaultTimeZone string = 'Europe/Paris'

@description('Domain part of calendar event UIDs. Choose it once: changing it duplicates every event in subscribers\' calendars.')
param calendarUidDomain string = 'coursefunctions'

@minValue(0)
@description('How long a schedule change waits before its notice goes to the course\'s webhooks, so that a quick correction makes one notice.')
param notificationsHoldBackSeconds int = 300

@description('Object id of the operator (the signed-in user or service principal), given blob and table data roles to upload slides and import courses. Empty for none.')
param operatorPrincipalId string = ''

@description('Type of the operator principal, as azd reports it (AZURE_PRINCIPAL_TYPE). Empty lets Azure look it up.')
@allowed([ '', 'User', 'ServicePrincipal', 'Group' ])
param operatorPrincipalType string = ''

@description('SHA-256 (hex) of the operator key, which manages editors and creates and removes courses (docs/security.md). Only the hash is deployed. Empty: no operator.')
param operatorKeySha256 string = ''

@description('Assign the data roles of the app identity and of the operator here; that needs Owner or User Access Administrator on the group.')
param assignRoles bool = true

var resourceToken = toLower(uniqueString(resourceGroup().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var slidesContainerName = 'slides'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
var coursesTableName = 'Courses'
var pagesTableName = 'SlidePages'
var editorsTableName = 'Editors'
var webhooksTableName = 'Webhooks'
// The queue between the notice dispatcher (timer) and the webhook sender (queue trigger).
var deliveryQueueName = 'webhook-deliveries'

module identity 'modules/identity.bicep' = {
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    slidesContainerName: slidesContainerName
    deploymentContainerName: deploymentContainerName
    tableNames: [ coursesTableName, pagesTableName, editorsTableName, webhooksTableName ]
    queueNames: [ deliveryQueueName ]
  }
}

module appRoles 'modules/roles.bicep' = if (assignRoles) {
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    grantMetricsPublisher: true
  }
}

module operatorRoles 'modules/roles.bicep' = if (assignRoles && !empty(operatorPrincipalId)) {
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    grantMetricsPublisher: false
  }
}

module functionApp 'modules/functionapp.bicep' = {
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    corsAllowedOrigins: corsAllowedOrigins
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    coursesTableName: coursesTableName
    pagesTableName: pagesTableName
    editorsTableName: editorsTableName
    operatorKeySha256: operatorKeySha256
    webhooksTableName: webhooksTableName
    deliveryQueueName: deliveryQueueName
    notificationsHoldBackSeconds: notificationsHoldBackSeconds
    defaultTimeZone: defaultTimeZone
    calendarUidDomain: calendarUidDomain
  }
}

module slidesTopic 'modules/eventgrid-topic.bicep' = {
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output API_BASE_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output EVENT_GRID_SYSTEM_TOPIC_NAME string = slidesTopic.outputs.name
