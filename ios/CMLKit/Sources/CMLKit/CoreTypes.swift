import Cml

// The core's types under CMLKit's name. Files that declare @Observable view models must not
// import Cml: its `Observation` (the data listener's handle) hides Swift's Observation module,
// which the @Observable macro names. Everything else uses these aliases.

public typealias CmlApp = Cml.CmlApp
public typealias CmlError = Cml.CmlError
public typealias CoreObservation = Cml.Observation
public typealias SecretStore = Cml.SecretStore
public typealias SyncCancelToken = Cml.SyncCancelToken
public typealias Config = Cml.Config
public typealias DataListener = Cml.DataListener
public typealias DataChange = Cml.DataChange

public typealias AccountView = Cml.AccountView
public typealias AnswerForm = Cml.AnswerForm
public typealias AuditView = Cml.AuditView
public typealias BackgroundSyncReport = Cml.BackgroundSyncReport
public typealias BagItemView = Cml.BagItemView
public typealias BookingView = Cml.BookingView
public typealias CardView = Cml.CardView
public typealias CategoryView = Cml.CategoryView
public typealias ChangeView = Cml.ChangeView
public typealias CodeText = Cml.CodeText
public typealias ConcernView = Cml.ConcernView
public typealias ConsultationForm = Cml.ConsultationForm
public typealias ConsultationResultsView = Cml.ConsultationResultsView
public typealias ConsultationView = Cml.ConsultationView
public typealias CopyView = Cml.CopyView
public typealias DeliveryForm = Cml.DeliveryForm
public typealias DeliveryView = Cml.DeliveryView
public typealias DueBackView = Cml.DueBackView
public typealias EventFilter = Cml.EventFilter
public typealias EventForm = Cml.EventForm
public typealias EventView = Cml.EventView
public typealias HistoryView = Cml.HistoryView
public typealias HoldView = Cml.HoldView
public typealias HoursLineView = Cml.HoursLineView
public typealias ImpactView = Cml.ImpactView
public typealias JoinForm = Cml.JoinForm
public typealias JoinReceipt = Cml.JoinReceipt
public typealias LibraryView = Cml.LibraryView
public typealias DayHours = Cml.DayHours
public typealias ClosureView = Cml.ClosureView
public typealias LoanView = Cml.LoanView
public typealias MonthHours = Cml.MonthHours
public typealias NoticeView = Cml.NoticeView
public typealias PreferencesForm = Cml.PreferencesForm
public typealias ProxyView = Cml.ProxyView
public typealias QuestionForm = Cml.QuestionForm
public typealias QuestionResultView = Cml.QuestionResultView
public typealias QuestionView = Cml.QuestionView
public typealias ReadingListEntryView = Cml.ReadingListEntryView
public typealias ReadingListView = Cml.ReadingListView
public typealias RecordView = Cml.RecordView
public typealias ReminderView = Cml.ReminderView
public typealias RoomBookingView = Cml.RoomBookingView
public typealias RoomView = Cml.RoomView
public typealias RosterEntryView = Cml.RosterEntryView
public typealias RosterView = Cml.RosterView
public typealias RoundStopView = Cml.RoundStopView
public typealias ScreenTarget = Cml.ScreenTarget
public typealias SearchHit = Cml.SearchHit
public typealias SearchPage = Cml.SearchPage
public typealias SearchQuery = Cml.SearchQuery
public typealias SessionView = Cml.SessionView
public typealias ShiftView = Cml.ShiftView
public typealias SyncStatus = Cml.SyncStatus
public typealias VisitView = Cml.VisitView

// The core's one-call screen records (named Core… here: the app's SwiftUI views take the plain
// names).
public typealias CoreHomeScreen = Cml.HomeScreen
public typealias HomeItem = Cml.HomeItem
public typealias SimpleAction = Cml.SimpleAction
public typealias DataAge = Cml.DataAge
public typealias CoreTitleScreen = Cml.TitleScreen
public typealias LibraryChoice = Cml.LibraryChoice
public typealias CoreAccountScreen = Cml.AccountScreen
public typealias ActionView = Cml.ActionView
public typealias CoreEventsScreen = Cml.EventsScreen
public typealias CoreLibrariesScreen = Cml.LibrariesScreen
public typealias LibraryPage = Cml.LibraryPage
public typealias CoreTodayScreen = Cml.TodayScreen
public typealias CheckInView = Cml.CheckInView
public typealias CoreRotaScreen = Cml.RotaScreen
public typealias CoreActingForScreen = Cml.ActingForScreen
public typealias PersonChoice = Cml.PersonChoice
public typealias CoreRoundScreen = Cml.RoundScreen
public typealias CoreChooseScreen = Cml.ChooseScreen
public typealias CoreJoinScreen = Cml.JoinScreen
public typealias CoreHomeDeliveryScreen = Cml.HomeDeliveryScreen
public typealias CoreDeliveriesScreen = Cml.DeliveriesScreen
public typealias CoreImpactScreen = Cml.ImpactScreen
public typealias CoreDeskScreen = Cml.DeskScreen
public typealias CoreEventsAndRoomsScreen = Cml.EventsAndRoomsScreen
public typealias ProgrammeEvent = Cml.ProgrammeEvent
public typealias RoomBookingRow = Cml.RoomBookingRow
public typealias ImpactFigure = Cml.ImpactFigure
public typealias VolunteerChoice = Cml.VolunteerChoice
